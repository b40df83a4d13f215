#include "storage/StoreWriter.h"

#include "storage/TextColumns.h"

namespace cpc {

namespace {
QString T(const char* name, bool prev = false)
{
    return TextColumns::names(QString::fromLatin1(name), prev);
}
QString marks(int n)
{
    QStringList q;
    for (int i = 0; i < n; ++i)
        q << QStringLiteral("?");
    return q.join(QLatin1Char(','));
}
Statement prepare(Database& db, const QString& sql)
{
    return db.prepare(sql.toUtf8().constData());
}
} // namespace

Status StoreWriter::run(Statement& s)
{
    if (!s.isValid()) return Error{m_db.lastError(), QString(), Error::Kind::Failed};
    if (!s.exec()) return Error{s.errorMessage(), QString(), Error::Kind::Failed};
    return success();
}

Status StoreWriter::writeAll(const Report& r)
{
    for (int i = 0; i < r.entities.size(); ++i)
        if (Status s = writeEntity(r.entities[i], i); !s) return s;
    if (Status s = writeInfo(r.info); !s) return s;
    int activityPos = 0;
    for (int i = 0; i < r.sections.size(); ++i) {
        if (Status s = writeSection(r.sections[i], i); !s) return s;
        for (const Activity& a : r.sections[i].activities)
            if (Status s = writeActivity(a, r.sections[i].id, activityPos++); !s) return s;
    }
    for (int i = 0; i < r.indicators.size(); ++i)
        if (Status s = writeIndicator(r.indicators[i], i); !s) return s;
    if (Status s = writeGlossary(r.glossary); !s) return s;
    if (Status s = writeBreakdownLabels(r.breakdownLabels); !s) return s;
    return writeComments(r.comments);
}

Status StoreWriter::writeInfo(const ReportInfo& i)
{
    Statement s = prepare(
        m_db, QStringLiteral("INSERT OR REPLACE INTO report_info(singleton, template_id, %1, %2, "
                             "reporting_year, period_start, period_end, source_language, prepared_by, "
                             "small_numbers_enabled, small_numbers_threshold) VALUES(1,%3)")
                  .arg(T("partnership"), T("title"), marks(1 + 2 * TextColumns::kCount + 7)));
    s.bind(1, i.templateId);
    int n = TextColumns::bind(s, 2, i.partnership);
    n = TextColumns::bind(s, n, i.title);
    s.bind(n, i.reportingYear).bind(n + 1, i.periodStart).bind(n + 2, i.periodEnd);
    s.bind(n + 3, languageCode(i.sourceLanguage));
    if (i.preparedBy.isEmpty())
        s.bindNull(n + 4);
    else
        s.bind(n + 4, i.preparedBy);
    s.bind(n + 5, i.smallNumbers.enabled).bind(n + 6, i.smallNumbers.threshold);
    return run(s);
}

Status StoreWriter::writeEntity(const Entity& e, int pos)
{
    Statement s = prepare(
        m_db, QStringLiteral("INSERT INTO entity(id, pos, kind, %1, %2) VALUES(%3) "
                             "ON CONFLICT(id) DO UPDATE SET pos = excluded.pos, kind = excluded.kind, %4")
                  .arg(T("acronym"), T("name"), marks(3 + 2 * TextColumns::kCount), [] {
                      QStringList u;
                      for (const QString& c :
                           (T("acronym") + QStringLiteral(", ") + T("name")).split(QStringLiteral(", ")))
                          u << c + QStringLiteral(" = excluded.") + c;
                      return u.join(QStringLiteral(", "));
                  }()));
    s.bind(1, e.id).bind(2, pos).bind(3, e.kind);
    TextColumns::bind(s, TextColumns::bind(s, 4, e.acronym), e.name);
    return run(s);
}

Status StoreWriter::writeIdList(const char* table, const char* ownerColumn, const char* valueColumn,
                                const QString& owner, const QStringList& values)
{
    Statement del = prepare(
        m_db,
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(ownerColumn)));
    del.bind(1, owner);
    if (Status s = run(del); !s) return s;
    Statement ins =
        prepare(m_db, QStringLiteral("INSERT INTO %1(%2, %3, pos) VALUES(?, ?, ?)")
                          .arg(QLatin1String(table), QLatin1String(ownerColumn), QLatin1String(valueColumn)));
    for (int i = 0; i < values.size(); ++i) {
        ins.bind(1, owner).bind(2, values[i]).bind(3, i);
        if (Status s = run(ins); !s) return s;
    }
    return success();
}

template <typename BindAll>
Status StoreWriter::upsert(const char* table, const QString& id, const QString& columns, int count,
                           BindAll bindAll)
{
    const QLatin1String name(table);
    Statement up = prepare(
        m_db, QStringLiteral("UPDATE %1 SET (%2) = (%3) WHERE id = ?").arg(name, columns, marks(count)));
    up.bind(bindAll(up), id);
    if (Status s = run(up); !s) return s;
    if (m_db.changes() > 0) return success();
    Statement ins = prepare(
        m_db, QStringLiteral("INSERT INTO %1(%2, id) VALUES(%3, ?)").arg(name, columns, marks(count)));
    ins.bind(bindAll(ins), id);
    return run(ins);
}

Status StoreWriter::writeSection(const Section& sec, int pos)
{
    const QString cols = QStringLiteral("pos, kind, objective, %1, %2, status, return_reason")
                             .arg(T("title"), T("body", true));
    const int count = 3 + TextColumns::kCount + TextColumns::kCountWithPrevious + 2;
    Status written = upsert("section", sec.id, cols, count, [&](Statement& s) {
        s.bind(1, pos).bind(2, sec.kind).bind(3, sec.objective);
        const int n = TextColumns::bind(s, TextColumns::bind(s, 4, sec.title), sec.body, true);
        s.bind(n, reviewStatusId(sec.review.status)).bind(n + 1, sec.review.reason);
        return n + 2;
    });
    if (!written) return written;
    return writeIdList("section_assignee", "section_id", "entity_id", sec.id, sec.assignedTo);
}

Status StoreWriter::writeActivity(const Activity& a, const QString& sectionId, int pos)
{
    const QString cols = QStringLiteral("section_id, pos, %1, status, %2, review_status, review_reason")
                             .arg(T("title"), T("body", true));
    const int count = 2 + TextColumns::kCount + 1 + TextColumns::kCountWithPrevious + 2;
    Status written = upsert("activity", a.id, cols, count, [&](Statement& s) {
        s.bind(1, sectionId).bind(2, pos);
        int n = TextColumns::bind(s, 3, a.title);
        s.bind(n, a.status);
        n = TextColumns::bind(s, n + 1, a.body, true);
        s.bind(n, reviewStatusId(a.review.status)).bind(n + 1, a.review.reason);
        return n + 2;
    });
    if (!written) return written;
    if (Status s = writeIdList("activity_responsible", "activity_id", "entity_id", a.id, a.responsible); !s)
        return s;
    return writeIdList("activity_trafficking_type", "activity_id", "type", a.id, a.traffickingTypes);
}

Status StoreWriter::writeIndicator(const Indicator& i, int pos)
{
    const QString cols =
        QStringLiteral("pos, objective, %1, %2, unit, direction, %3, has_baseline, baseline_value, "
                       "baseline_period, key_indicator, cumulative, sensitive, review_status, "
                       "review_reason")
            .arg(T("name"), T("definition"), T("source"));
    const int count = 2 + 3 * TextColumns::kCount + 2 + 8;
    auto bindAll = [&](Statement& s) {
        s.bind(1, pos).bind(2, i.objective);
        int n = TextColumns::bind(s, TextColumns::bind(s, 3, i.name), i.definition);
        s.bind(n, unitId(i.unit)).bind(n + 1, i.direction);
        n = TextColumns::bind(s, n + 2, i.source);
        s.bind(n, i.hasBaseline).bind(n + 1, i.baselineValue).bind(n + 2, i.baselinePeriod);
        s.bind(n + 3, i.key).bind(n + 4, i.cumulative);
        if (i.sensitive)
            s.bind(n + 5, *i.sensitive);
        else
            s.bindNull(n + 5);
        s.bind(n + 6, reviewStatusId(i.review.status)).bind(n + 7, i.review.reason);
        return n + 8;
    };
    if (Status s = upsert("indicator", i.id, cols, count, bindAll); !s) return s;
    if (Status s = writeIdList("indicator_responsible", "indicator_id", "entity_id", i.id, i.responsible); !s)
        return s;

    for (const char* table : {"indicator_value", "indicator_disaggregation", "indicator_explanation"}) {
        Statement del =
            prepare(m_db, QStringLiteral("DELETE FROM %1 WHERE indicator_id = ?").arg(QLatin1String(table)));
        del.bind(1, i.id);
        if (Status s = run(del); !s) return s;
    }
    Statement val =
        m_db.prepare("INSERT INTO indicator_value(indicator_id, kind, year, value) VALUES(?, ?, ?, ?)");
    for (const auto& [kind, values] : {std::pair{"target", &i.targets}, std::pair{"actual", &i.actuals}}) {
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            val.bind(1, i.id).bind(2, QString::fromLatin1(kind)).bind(3, it.key()).bind(4, it.value());
            if (Status s = run(val); !s) return s;
        }
    }
    Statement dis =
        m_db.prepare("INSERT INTO indicator_disaggregation(indicator_id, year, dimension, category, "
                     "dimension_pos, category_pos, value) VALUES(?, ?, ?, ?, ?, ?, ?)");
    for (auto it = i.disaggregation.cbegin(); it != i.disaggregation.cend(); ++it) {
        for (int d = 0; d < it.value().size(); ++d) {
            const Disaggregation& dim = it.value()[d];
            for (int c = 0; c < dim.categories.size(); ++c) {
                dis.bind(1, i.id).bind(2, it.key()).bind(3, dim.dimension).bind(4, dim.categories[c].name);
                dis.bind(5, d).bind(6, c).bind(7, dim.categories[c].value);
                if (Status s = run(dis); !s) return s;
            }
        }
    }
    Statement exp = prepare(m_db, QStringLiteral("INSERT INTO indicator_explanation(indicator_id, year, %1) "
                                                 "VALUES(?, ?, %2)")
                                      .arg(T("text"), marks(TextColumns::kCount)));
    for (auto it = i.varianceExplanation.cbegin(); it != i.varianceExplanation.cend(); ++it) {
        exp.bind(1, i.id).bind(2, it.key());
        TextColumns::bind(exp, 3, it.value());
        if (Status s = run(exp); !s) return s;
    }
    return success();
}

Status StoreWriter::writeGlossary(const QList<GlossaryEntry>& glossary)
{
    if (Status s = m_db.exec("DELETE FROM glossary;"); !s) return s;
    Statement ins = prepare(m_db, QStringLiteral("INSERT INTO glossary(pos, %1, %2) VALUES(?, %3)")
                                      .arg(T("term"), T("definition"), marks(2 * TextColumns::kCount)));
    for (int i = 0; i < glossary.size(); ++i) {
        ins.bind(1, i);
        TextColumns::bind(ins, TextColumns::bind(ins, 2, glossary[i].term), glossary[i].definition);
        if (Status s = run(ins); !s) return s;
    }
    return success();
}

Status StoreWriter::writeBreakdownLabels(const BreakdownLabels& labels)
{
    if (Status s = m_db.exec("DELETE FROM breakdown_label;"); !s) return s;
    Statement ins = m_db.prepare(
        "INSERT INTO breakdown_label(pos, dimension, category, label_en, label_es) VALUES(?, ?, ?, ?, ?)");
    int pos = 0;
    const auto row = [&](const QString& dimension, const QString& category, const BiText& label) {
        ins.bind(1, pos++).bind(2, dimension).bind(3, category).bind(4, label.en()).bind(5, label.es());
        return run(ins);
    };
    for (const BreakdownLabels::Dimension& d : labels.dimensions()) {
        if (Status s = row(d.code, QString(), d.label); !s) return s;
        for (const BreakdownLabels::Category& c : d.categories)
            if (Status s = row(d.code, c.code, c.label); !s) return s;
    }
    return success();
}

Status StoreWriter::writeComments(const QList<Comment>& comments)
{
    if (Status s = m_db.exec("DELETE FROM comment;"); !s) return s;
    Statement ins = m_db.prepare("INSERT INTO comment(pos, target_kind, target, author, at, text, resolved) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < comments.size(); ++i) {
        const Comment& c = comments[i];
        ins.bind(1, i)
            .bind(2, c.targetKind)
            .bind(3, c.target)
            .bind(4, c.author)
            .bind(5, c.at)
            .bind(6, c.text);
        ins.bind(7, c.resolved);
        if (Status s = run(ins); !s) return s;
    }
    return success();
}

Status StoreWriter::remove(const char* table, const QString& id)
{
    Statement del = prepare(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    del.bind(1, id);
    return run(del);
}

} // namespace cpc
