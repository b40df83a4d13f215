// The contribution merge: a returned contribution file is untrusted bytes from e-mail. The input is
// planned as a contribution to the coordinator's report named by CPC_FUZZ_MERGE_TARGET. Run once with
// CPC_FUZZ_MERGE_SETUP=DIR, the target makes DIR/coordinator.cpcreport with a request recorded in it and
// DIR/seeds/ with contributions answering that request (run-fuzzers.sh does this), so that mutations
// reach the comparison and not only the first refusal.
#include "FuzzSupport.h"
#include "edit/ChangeDocumentReader.h"
#include "merge/ContributionRequest.h"
#include "merge/MergePlanner.h"
#include "storage/ReportDocument.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace {

void contribute(const QString& request, const QString& out, const QByteArray& changes)
{
    if (!QFile::copy(request, out)) std::abort();
    auto doc = cpc::ReportDocument::open(out);
    if (!doc) std::abort();
    cpc::ContributionRequest::restrictEdits(*doc.value(), QStringLiteral("ICBF"));
    auto list = cpc::ChangeDocumentReader::read(changes, doc.value()->report());
    if (!list ||
        !doc.value()->apply(cpc::ChangeSet{list.value(), QStringLiteral("ICBF"), cpc::ChangeOrigin::Apply}))
        std::abort();
}

void setUp(const QString& dir)
{
    QDir().mkpath(dir + QStringLiteral("/seeds"));
    const QString coordinator = dir + QStringLiteral("/coordinator.cpcreport");
    const QString request = dir + QStringLiteral("/seeds/request.cpcreport");
    {
        auto doc = cpc::ReportDocument::create(coordinator, cpc::fuzz::sampleReport(), {});
        if (!doc || !cpc::ContributionRequest::create(*doc.value(), QStringLiteral("ICBF"), request))
            std::abort();
    }
    contribute(request, dir + QStringLiteral("/seeds/texts.cpcreport"),
               R"({"sections": [{"id": "objective-2", "body": {"es": "Texto de ICBF."}}]})");
    contribute(request, dir + QStringLiteral("/seeds/figures.cpcreport"),
               R"({"indicators": [{"id": "2.2", "actuals": {"2": 70.5}}],
                   "comments": [{"section": "objective-2", "author": "ICBF", "at": "2026-01-10T10:00:00Z", "text": "Cifras revisadas"}]})");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cpc::fuzz::init();
    const QString setup = qEnvironmentVariable("CPC_FUZZ_MERGE_SETUP");
    if (!setup.isEmpty()) {
        setUp(setup);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpc::fuzz::init();
    static auto target = [] {
        const QString path = qEnvironmentVariable("CPC_FUZZ_MERGE_TARGET");
        auto doc = cpc::ReportDocument::open(path, cpc::ReportDocument::Mode::ReadOnly);
        if (!doc) {
            std::fprintf(stderr, "set CPC_FUZZ_MERGE_TARGET to a report with a recorded request\n");
            std::abort();
        }
        return std::move(doc.value());
    }();
    const QString path = cpc::fuzz::scratchDir() + QStringLiteral("/contribution.cpcreport");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) std::abort();
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    auto plan = cpc::MergePlanner::plan(*target, path);
    if (!plan && plan.error().message.isEmpty()) std::abort();
    return 0;
}
