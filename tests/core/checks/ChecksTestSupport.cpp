#include "ChecksTestSupport.h"

#include "support/TestSupport.h"

#include "json/ReportJsonReader.h"
#include <catch2/catch.hpp>

namespace cpc::test {

Report readyReport()
{
    auto r = ReportJsonReader::read(readFile(fixturePath(QStringLiteral("checks/ready-report.json"))),
                                    QStringLiteral("ready-report.json"));
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return r.take();
}

BiText settled(const QString& en, const QString& es)
{
    BiText t(en, es);
    t.setBookkeeping(1, 1, 1, 1);
    return t;
}

Findings withRule(const Findings& all, const QString& rule)
{
    Findings out;
    for (const Finding& f : all)
        if (f.rule == rule) out << f;
    return out;
}

bool has(const Findings& all, const QString& rule, const QString& path)
{
    for (const Finding& f : all)
        if (f.rule == rule && f.path.toString() == path) return true;
    return false;
}

std::string describe(const Findings& all)
{
    QString s;
    for (const Finding& f : all)
        s += Finding::severityId(f.severity) + u' ' + f.rule + u' ' + f.path.toString() +
             QStringLiteral(": ") + f.messageEn + u'\n';
    return s.toStdString();
}

} // namespace cpc::test
