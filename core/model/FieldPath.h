#pragma once

#include <QString>
#include <QStringList>

namespace cpc {

// Names one editable value, or one object, of a report, as a list of segments. The same names serve
// history, merge, assignments, check findings and the window. Which names exist, what each holds and
// who may change it is the field schema's (model/FieldSchema.h); build them with model/Paths.h.
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
