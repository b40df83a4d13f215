#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"
#include "checks/Readiness.h"
#include "model/Report.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace cpc {

// Runs the readiness checks on a worker thread, so that a large report (the spelling family alone reads
// every word of 200 pages) never makes typing wait. Each run works on its own copy of the report; when
// a newer run has been asked for, an older one's results are dropped, so `finished` always describes
// the latest text.
class ReadinessRunner : public QObject {
    Q_OBJECT
public:
    explicit ReadinessRunner(QObject* parent = nullptr);
    ~ReadinessRunner() override;

    void run(const Report& report, const CheckContext& context);
    bool isRunning() const { return m_pending.load() > 0; }
    // Forgets any run in flight (the report was closed).
    void cancel() { ++m_generation; }

signals:
    void finished(const cpc::Findings& findings, const cpc::Readiness& readiness);
    void runningChanged(bool running);

private:
    QThread m_thread;
    QObject* m_worker; // lives in m_thread
    std::atomic<int> m_generation{0};
    std::atomic<int> m_pending{0};
};

} // namespace cpc
