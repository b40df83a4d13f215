#pragma once

#include "model/Comment.h"
#include "model/FieldPath.h"
#include "model/Report.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

namespace cpc {

// What one entity may write in its contribution: the narratives and workflow of the sections assigned to
// it, the activities it is responsible for (or that stand in its sections), and the reported figures of its
// indicators, and the labels of breakdown codes that only its indicators use. Structure, assignments,
// targets and everything else stay with the coordinator.
class ContributionScope {
    Q_DECLARE_TR_FUNCTIONS(cpc::ContributionScope)
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
    // Whether a comment's thread is on one of the parts open for writing.
    bool covers(const Comment& c) const;
    // Whether replacing the comments `before` by `after` is something the entity may do in its contribution:
    // add comments of its own, and resolve or reopen threads on its own parts. Comments are never removed
    // or reworded. When not, `why` says what was refused.
    bool allowsComments(const QList<Comment>& before, const QList<Comment>& after,
                        QString* why = nullptr) const;
    // Comments are the same remark when place, author, time and words agree (the resolved flag may differ).
    static bool sameRemark(const Comment& a, const Comment& b);

    // Workflow states a contributor may set: it submits, it does not approve.
    static bool isContributorStatus(const QJsonValue& v);

private:
    QString m_entity;
    QSet<QString> m_sections, m_activities, m_indicators;
    // Breakdown codes ("DIM" and "DIM/CAT") used by indicators that are not the entity's: their labels
    // print with parts it was not asked for.
    QSet<QString> m_sharedBreakdowns;
};

} // namespace cpc
