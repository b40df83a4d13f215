#pragma once

#include "model/Indicator.h"

#include <QAbstractTableModel>

namespace cpc {

class EditSession;
class ReportDocument;

// What every table of an indicator's page (its years, its breakdowns, their printed names) stands on: the
// report it reads, the session it edits through (one undo step per edit) and the indicator it shows.
class IndicatorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    IndicatorTableModel(ReportDocument* doc, EditSession* session, QString indicatorId, QObject* parent);

signals:
    // What the user typed could not be taken (not a number, refused by the report); nothing changed.
    void inputRefused(const QString& message);

protected:
    // Null once the indicator is gone from the report (removed, or undone).
    const Indicator* indicator() const;

    ReportDocument* m_doc;
    EditSession* m_session;
    QString m_id;
};

} // namespace cpc
