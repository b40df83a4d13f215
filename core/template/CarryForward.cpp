#include "template/CarryForward.h"

#include "template/SkeletonBuilder.h"

#include <QDate>
#include <QRegularExpression>

namespace cpc {

BiText CarryForward::carried(const BiText& text)
{
    BiText out; // a fresh text: no revisions, so neither side counts as written or stale
    out.setPrevious(text.en(), text.es());
    return out;
}

BiText CarryForward::advanceTitle(const BiText& title, int fromYear)
{
    const auto advance = [fromYear](QString s, const QString& word) {
        // Only the year number that follows the word: "Year 2 (2023–2024)" must not become "(2023–2025)".
        const QRegularExpression re(QStringLiteral("\\b(%1)(\\s+)%2\\b").arg(word).arg(fromYear),
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
        s.replace(re, QStringLiteral("\\1\\2") + QString::number(fromYear + 1));
        return s;
    };
    BiText out = title;
    const QString en = advance(title.en(), QStringLiteral("year")),
                  es = advance(title.es(), QStringLiteral("año"));
    // Keep the title's bookkeeping when nothing changed; a changed title is written afresh on both sides.
    if (en == title.en() && es == title.es()) return out;
    BiText changed(en, es);
    changed.setBookkeeping(en.isEmpty() ? 0 : 1, es.isEmpty() ? 0 : 1, es.isEmpty() ? 0 : 1,
                           en.isEmpty() ? 0 : 1);
    return changed;
}

Report CarryForward::next(const Report& previousYear, const Template* tmpl)
{
    Report r = previousYear;
    const int year = previousYear.info.reportingYear + 1;
    r.info.reportingYear = year;
    r.info.title = tmpl && !tmpl->titlePattern.isEmpty()
                       ? SkeletonBuilder::title(tmpl->titlePattern, year)
                       : advanceTitle(previousYear.info.title, previousYear.info.reportingYear);
    // The new year starts the day after the old one ended, and lasts a year.
    const QDate oldEnd = QDate::fromString(previousYear.info.periodEnd, Qt::ISODate);
    if (tmpl && QDate::fromString(tmpl->firstPeriodStart, Qt::ISODate).isValid()) {
        const auto [start, end] = SkeletonBuilder::period(tmpl->firstPeriodStart, year);
        r.info.periodStart = start;
        r.info.periodEnd = end;
    } else if (oldEnd.isValid()) {
        const QDate start = oldEnd.addDays(1);
        r.info.periodStart = start.toString(Qt::ISODate);
        r.info.periodEnd = start.addYears(1).addDays(-1).toString(Qt::ISODate);
    }

    for (Section& s : r.sections) {
        s.body = carried(s.body);
        s.review = Workflow{};
        for (Activity& a : s.activities) {
            a.body = carried(a.body); // status kept: a delayed activity is still delayed on day one
            a.review = Workflow{};
        }
    }
    for (Indicator& ind : r.indicators)
        ind.review = Workflow{};
    r.comments.clear();
    return r;
}

} // namespace cpc
