#include "storage/StoreReader.h"

#include "storage/TextColumns.h"

#include <QCoreApplication>
#include <QHash>

namespace cpc {

namespace {

QString T(const char* name, bool prev = false)
{
    return TextColumns::names(QString::fromLatin1(name), prev);
}

Statement query(const Database& db, const QString& sql)
{
    return db.prepare(sql.toUtf8().constData());
}

// Lists of entity ids per owner, in their stored order.
QHash<QString, QStringList> idLists(const Database& db, const char* sql)
{
    QHash<QString, QStringList> out;
    Statement s = db.prepare(sql);
    while (s.next())
        out[s.text(0)] << s.text(1);
    return out;
}

// The rows of sections and activities: the id and two columns of their own (`own`), then the title, the
// body and the review (`review` names its columns), which readNarrative() reads.
Statement narrativeRows(const Database& db, const char* table, const char* own, const char* review)
{
    return query(db, QStringLiteral("SELECT id, %1, %2, %3, %4 FROM %5 ORDER BY pos")
                         .arg(QLatin1String(own), T("title"), T("body", true), QLatin1String(review),
                              QLatin1String(table)));
}

// Only checked statuses are ever written; an unknown word is taken for the default all the same.
Workflow review(const QString& status, const QString& reason)
{
    return Workflow{reviewStatusFromId(status).value_or(Workflow().status), reason};
}

template <typename Part> void readNarrative(const Statement& s, Part& part)
{
    part.id = s.text(0);
    part.title = TextColumns::read(s, 3);
    part.body = TextColumns::read(s, 3 + TextColumns::kCount, true);
    part.review = review(s.text(3 + TextColumns::kCount + TextColumns::kCountWithPrevious),
                         s.text(4 + TextColumns::kCount + TextColumns::kCountWithPrevious));
}

void loadInfo(const Database& db, Report& r)
{
    Statement s =
        query(db, QStringLiteral("SELECT template_id, %1, %2, reporting_year, period_start, period_end, "
                                 "source_language, ifnull(prepared_by, ''), small_numbers_enabled, "
                                 "small_numbers_threshold FROM report_info")
                      .arg(T("partnership"), T("title")));
    if (!s.next()) return;
    ReportInfo& i = r.info;
    i.templateId = s.text(0);
    i.partnership = TextColumns::read(s, 1);
    i.title = TextColumns::read(s, 7);
    i.reportingYear = int(s.integer(13));
    i.periodStart = s.text(14);
    i.periodEnd = s.text(15);
    i.sourceLanguage = s.text(16) == QLatin1String("en") ? Language::En : Language::Es;
    i.preparedBy = s.text(17);
    i.smallNumbers.enabled = s.integer(18) != 0;
    i.smallNumbers.threshold = int(s.integer(19));
}

void loadEntities(const Database& db, Report& r)
{
    Statement s = query(
        db, QStringLiteral("SELECT id, kind, %1, %2 FROM entity ORDER BY pos").arg(T("acronym"), T("name")));
    while (s.next())
        r.entities.append(Entity{s.text(0), s.text(1), TextColumns::read(s, 2), TextColumns::read(s, 8)});
}

void loadSections(const Database& db, Report& r)
{
    const auto assignees =
        idLists(db, "SELECT section_id, entity_id FROM section_assignee ORDER BY section_id, pos");
    Statement s = narrativeRows(db, "section", "kind, objective", "status, return_reason");
    while (s.next()) {
        Section sec;
        readNarrative(s, sec);
        sec.kind = s.text(1);
        sec.objective = int(s.integer(2));
        sec.assignedTo = assignees.value(sec.id);
        r.sections.append(sec);
    }

    const auto responsible =
        idLists(db, "SELECT activity_id, entity_id FROM activity_responsible ORDER BY activity_id, pos");
    const auto types =
        idLists(db, "SELECT activity_id, type FROM activity_trafficking_type ORDER BY activity_id, pos");
    QHash<QString, int> sectionIndex;
    for (int i = 0; i < r.sections.size(); ++i)
        sectionIndex.insert(r.sections[i].id, i);
    Statement a = narrativeRows(db, "activity", "section_id, status", "review_status, review_reason");
    while (a.next()) {
        Activity act;
        readNarrative(a, act);
        act.status = a.text(2);
        act.responsible = responsible.value(act.id);
        act.traffickingTypes = types.value(act.id);
        const auto it = sectionIndex.constFind(a.text(1));
        if (it != sectionIndex.constEnd()) r.sections[*it].activities.append(act);
    }
}

void loadIndicators(const Database& db, Report& r)
{
    const auto responsible =
        idLists(db, "SELECT indicator_id, entity_id FROM indicator_responsible ORDER BY indicator_id, pos");
    Statement s =
        query(db, QStringLiteral("SELECT id, objective, %1, %2, unit, direction, %3, has_baseline, "
                                 "baseline_value, baseline_period, key_indicator, cumulative, sensitive, "
                                 "review_status, review_reason FROM indicator ORDER BY pos")
                      .arg(T("name"), T("definition"), T("source")));
    QHash<QString, int> index;
    while (s.next()) {
        Indicator ind;
        ind.id = s.text(0);
        ind.objective = int(s.integer(1));
        ind.name = TextColumns::read(s, 2);
        ind.definition = TextColumns::read(s, 8);
        ind.unit = unitFromId(s.text(14)).value_or(Unit::Count);
        ind.direction = s.text(15);
        ind.source = TextColumns::read(s, 16);
        ind.hasBaseline = s.integer(22) != 0;
        ind.baselineValue = s.optionalReal(23);
        ind.baselinePeriod = s.text(24);
        ind.key = s.integer(25) != 0;
        ind.cumulative = s.integer(26) != 0;
        if (!s.isNull(27)) ind.sensitive = s.integer(27) != 0;
        ind.review = review(s.text(28), s.text(29));
        ind.responsible = responsible.value(ind.id);
        index.insert(ind.id, int(r.indicators.size()));
        r.indicators.append(ind);
    }

    Statement v = db.prepare("SELECT indicator_id, kind, year, value FROM indicator_value");
    while (v.next()) {
        const auto it = index.constFind(v.text(0));
        if (it == index.constEnd()) continue;
        Indicator& ind = r.indicators[*it];
        (v.text(1) == QLatin1String("target") ? ind.targets : ind.actuals)
            .insert(int(v.integer(2)), v.optionalReal(3));
    }

    Statement d =
        db.prepare("SELECT indicator_id, year, dimension, category, value FROM indicator_disaggregation "
                   "ORDER BY indicator_id, year, dimension_pos, category_pos");
    while (d.next()) {
        const auto it = index.constFind(d.text(0));
        if (it == index.constEnd()) continue;
        QList<Disaggregation>& dims = r.indicators[*it].disaggregation[int(d.integer(1))];
        const QString dim = d.text(2);
        if (dims.isEmpty() || dims.last().dimension != dim) dims.append(Disaggregation{dim, {}});
        dims.last().categories.append(DisaggregationCategory{d.text(3), d.real(4)});
    }

    Statement e =
        query(db, QStringLiteral("SELECT indicator_id, year, %1 FROM indicator_explanation").arg(T("text")));
    while (e.next()) {
        const auto it = index.constFind(e.text(0));
        if (it != index.constEnd())
            r.indicators[*it].varianceExplanation.insert(int(e.integer(1)), TextColumns::read(e, 2));
    }
}

void loadGlossaryAndComments(const Database& db, Report& r)
{
    Statement g =
        query(db, QStringLiteral("SELECT %1, %2 FROM glossary ORDER BY pos").arg(T("term"), T("definition")));
    while (g.next())
        r.glossary.append(GlossaryEntry{TextColumns::read(g, 0), TextColumns::read(g, 6)});
    Statement c =
        db.prepare("SELECT target_kind, target, author, at, text, resolved FROM comment ORDER BY pos");
    while (c.next())
        r.comments.append(Comment{c.text(0), c.text(1), c.text(2), c.text(3), c.text(4), c.integer(5) != 0});
}

void loadBreakdownLabels(const Database& db, Report& r)
{
    Statement l =
        db.prepare("SELECT dimension, category, label_en, label_es FROM breakdown_label ORDER BY pos");
    while (l.next()) {
        const BiText label(l.text(2), l.text(3));
        if (l.text(1).isEmpty()) {
            r.breakdownLabels.setDimension(l.text(0), Language::En, label.en());
            r.breakdownLabels.setDimension(l.text(0), Language::Es, label.es());
        } else
            r.breakdownLabels.putCategory(l.text(0), BreakdownLabels::Category{l.text(1), label});
    }
}

} // namespace

Result<Report> StoreReader::load(const Database& db)
{
    Report r;
    loadInfo(db, r);
    loadEntities(db, r);
    loadSections(db, r);
    loadIndicators(db, r);
    loadGlossaryAndComments(db, r);
    loadBreakdownLabels(db, r);
    if (r.info.templateId.isEmpty() && r.info.periodStart.isEmpty())
        return Error{StoreReader::tr("the report file holds no report"), QString()};
    return r;
}

} // namespace cpc
