#pragma once

#include "edit/FieldPath.h"
#include "model/Report.h"

#include <QJsonValue>
#include <QSet>

namespace cpc {

// What one entity may write in its contribution: the narratives and workflow of the sections assigned to
// it, the activities it is responsible for (or that stand in its sections), and the reported figures of its
// indicators. Structure, assignments, targets and everything else stay with the coordinator.
class ContributionScope {
public:
    ContributionScope() = default;
    ContributionScope(const Report& report, const QString& entityId);

    const QString& entity() const { return m_entity; }
    bool allows(const FieldPath& path, const QJsonValue& value = QJsonValue()) const;
    // The parts open for writing, for the window and the request summary.
    const QSet<QString>& sections() const { return m_sections; }
    const QSet<QString>& activities() const { return m_activities; }
    const QSet<QString>& indicators() const { return m_indicators; }
    bool isEmpty() const { return m_sections.isEmpty() && m_activities.isEmpty() && m_indicators.isEmpty(); }

    // Workflow states a contributor may set: it submits, it does not approve.
    static bool isContributorStatus(const QJsonValue& v);

private:
    QString m_entity;
    QSet<QString> m_sections, m_activities, m_indicators;
};

} // namespace cpc
