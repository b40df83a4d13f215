#pragma once

#include <QString>
#include <QStringList>

namespace cpc {

// Names one editable value, or one object, of a report, as a list of segments. The same names serve
// history, merge, assignments, check findings and the window. Forms (ids stand for the object's id,
// YEAR for a reporting year, LANG for en|es):
//
//   report/partnership/LANG   report/title/LANG   report/reporting_year   report/period/start|end
//   report/source_language    report/prepared_by  report/template
//   report/small_numbers/enabled|threshold
//   entities/ID               entities/ID/kind    entities/ID/acronym/LANG   entities/ID/name/LANG
//   sections/ID               sections/ID/title/LANG   sections/ID/body/LANG   sections/ID/assigned_to
//   sections/ID/status        sections/ID/return_reason   sections/ID/objective
//   activities/ID             (its section is found from the id; created with sections/SID/activities/ID)
//   activities/ID/title/LANG  activities/ID/body/LANG  activities/ID/responsible  activities/ID/status
//   activities/ID/trafficking_types   activities/ID/review_status   activities/ID/review_reason
//   indicators/ID             indicators/ID/name|definition|source/LANG   indicators/ID/unit|direction
//   indicators/ID/objective   indicators/ID/responsible   indicators/ID/baseline/value|period
//   indicators/ID/targets/YEAR   indicators/ID/actuals/YEAR   indicators/ID/disaggregation/YEAR
//   indicators/ID/disaggregation/YEAR/DIMENSION/CATEGORY   indicators/ID/variance_explanation/YEAR/LANG
//   indicators/ID/key|cumulative|sensitive|review_status|review_reason
//   glossary/ENGLISH-TERM     glossary/ENGLISH-TERM/term/LANG   glossary/ENGLISH-TERM/definition/LANG
//   breakdown_labels/DIM      breakdown_labels/DIM/label/LANG   (labels of disaggregation codes)
//   breakdown_labels/DIM/categories/CAT   breakdown_labels/DIM/categories/CAT/LANG
//   comments                  (the whole list; comments are appended and resolved through it)
//
// In text form segments are joined by '/', with '%' and '/' inside a segment written as %25 and %2F.
class FieldPath {
public:
    FieldPath() = default;
    FieldPath(QStringList segments) : m_segments(std::move(segments)) {}
    FieldPath(std::initializer_list<QString> segments) : m_segments(segments) {}

    static FieldPath fromString(const QString& text);
    QString toString() const;

    const QStringList& segments() const { return m_segments; }
    int size() const { return int(m_segments.size()); }
    bool isEmpty() const { return m_segments.isEmpty(); }
    QString at(int i) const { return i < m_segments.size() ? m_segments.at(i) : QString(); }
    QString last() const { return m_segments.isEmpty() ? QString() : m_segments.last(); }
    FieldPath child(const QString& segment) const;
    FieldPath parent() const;
    bool startsWith(const FieldPath& prefix) const;

    bool operator==(const FieldPath&) const = default;
    bool operator<(const FieldPath& o) const { return m_segments < o.m_segments; }

private:
    QStringList m_segments;
};

} // namespace cpc
