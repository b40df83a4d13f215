#pragma once

#include "model/Report.h"
#include "storage/Database.h"

namespace cpc {

// Writes parts of a report to its file, inside the caller's transaction. Objects are written whole (a
// section's row and assignments, an indicator with its values): an edit rewrites only the objects it
// touched, which keeps each commit to a few rows.
class StoreWriter {
public:
    explicit StoreWriter(Database& db) : m_db(db) {}

    Status writeAll(const Report& r);
    Status writeInfo(const ReportInfo& info);
    Status writeEntity(const Entity& e, int pos);
    Status writeSection(const Section& s, int pos); // without its activities
    Status writeActivity(const Activity& a, const QString& sectionId, int pos);
    Status writeIndicator(const Indicator& i, int pos);
    Status writeGlossary(const QList<GlossaryEntry>& glossary);
    Status writeComments(const QList<Comment>& comments);
    Status writeBreakdownLabels(const BreakdownLabels& labels);
    Status remove(const char* table, const QString& id); // entity, section, activity, indicator

private:
    Status run(Statement& s);
    // Writes the row of `table` with this `id`: updates it, or inserts it when there is none. `columns` names
    // `count` columns but the id, which `bindAll(statement)` binds from 1 on, returning the next index.
    template <typename BindAll>
    Status upsert(const char* table, const QString& id, const QString& columns, int count, BindAll bindAll);
    Status writeIdList(const char* table, const char* ownerColumn, const char* valueColumn,
                       const QString& owner, const QStringList& values);

    Database& m_db;
};

} // namespace cpc
