#include "checks/Finding.h"

#include "model/Report.h"

namespace cpc {

Finding Finding::at(const Report& report, const QString& rule, Severity severity, const FieldPath& path,
                    const QString& en, const QString& es)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.path = path;
    f.messageEn = en;
    f.messageEs = es;
    f.language = languageFromCode(path.last());
    const QString kind = path.at(0);
    if (kind == QLatin1String("sections")) {
        f.section = path.at(1);
    } else if (kind == QLatin1String("activities")) {
        f.activity = path.at(1);
        const Section* owner = nullptr;
        if (report.activity(f.activity, &owner) && owner) f.section = owner->id;
    } else if (kind == QLatin1String("indicators")) {
        f.indicator = path.at(1);
        // indicators/ID/targets|actuals|disaggregation|variance_explanation/YEAR/...
        if (path.size() >= 4) {
            bool ok = false;
            const int y = path.at(3).toInt(&ok);
            if (ok) f.year = y;
        }
    }
    return f;
}

QString Finding::severityId(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

} // namespace cpc
