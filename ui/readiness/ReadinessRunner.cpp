#include "readiness/ReadinessRunner.h"

#include "checks/CheckEngine.h"

namespace cpc {

ReadinessRunner::ReadinessRunner(QObject* parent) : QObject(parent), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("readiness"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

ReadinessRunner::~ReadinessRunner()
{
    ++m_generation; // queued runs return at once
    m_thread.quit();
    m_thread.wait();
}

void ReadinessRunner::run(const Report& report, const CheckContext& context)
{
    const int generation = ++m_generation;
    if (m_pending.fetch_add(1) == 0) emit runningChanged(true);
    QMetaObject::invokeMethod(
        m_worker,
        [this, report, context, generation] {
            Findings findings;
            Readiness readiness;
            const bool current = generation == m_generation.load();
            if (current) {
                const CheckEngine engine(context);
                findings = engine.run(report);
                readiness = Readiness::compute(report, findings, context);
            }
            // Back on the runner's thread; if the runner is gone by then, Qt drops the call with it.
            QMetaObject::invokeMethod(
                this,
                [this, findings, readiness, generation] {
                    const bool last = m_pending.fetch_sub(1) == 1;
                    if (generation == m_generation.load()) emit finished(findings, readiness);
                    if (last) emit runningChanged(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace cpc
