#include "cli/SummaryCommand.h"

#include "cli/CliSupport.h"
#include "cli/Translations.h"
#include "edit/ReportTexts.h"

namespace cpc::cli {

QString SummaryCommand::summary() const
{
    return tr("show what a report holds, at a glance");
}

void SummaryCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
}

int SummaryCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(p, 1, console, name(), QStringLiteral("cpcreport summary FILE")))
        return BadInput;
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const Report& r = doc.value()->report();
    const Language ui = Translations::current() == QLatin1String("es") ? Language::Es : Language::En;

    int activities = 0;
    for (const Section& s : r.sections)
        activities += int(s.activities.size());
    int missing = 0, stale = 0, current = 0;
    ReportTexts::forEach(r, [&](const FieldPath&, const BiText& t) {
        if (t.isEmpty()) return;
        for (Language l : {Language::En, Language::Es}) {
            switch (t.state(l)) {
            case TranslationState::Missing:
                ++missing;
                break;
            case TranslationState::Stale:
                ++stale;
                break;
            case TranslationState::Current:
                ++current;
                break;
            }
        }
    });

    QTextStream& o = console.out;
    o << r.info.title.text(ui) << '\n'
      << r.info.partnership.text(ui) << '\n'
      << tr("Reporting year %1, from %2 to %3; template %4; drafted in %5.")
             .arg(r.info.reportingYear)
             .arg(r.info.periodStart, r.info.periodEnd, r.info.templateId,
                  r.info.sourceLanguage == Language::Es ? tr("Spanish") : tr("English"))
      << '\n'
      << tr("%1 sections, %2 activities, %3 indicators, %4 entities, %5 glossary terms, %6 comments.")
             .arg(r.sections.size())
             .arg(activities)
             .arg(r.indicators.size())
             .arg(r.entities.size())
             .arg(r.glossary.size())
             .arg(r.comments.size())
      << '\n'
      << tr("Text sides: %1 current, %2 stale, %3 missing.").arg(current).arg(stale).arg(missing) << '\n';
    for (const Section& s : r.sections) {
        // Lower case: the status reads inside the line ("submitted", "en redacción").
        o << "  " << s.title.text(ui).leftJustified(48) << ' '
          << Workflow::statusName(s.review.status).toLower();
        if (!s.activities.isEmpty())
            o << "  (" << tr("%n activities", nullptr, int(s.activities.size())) << ')';
        o << '\n';
    }
    return Done;
}

} // namespace cpc::cli
