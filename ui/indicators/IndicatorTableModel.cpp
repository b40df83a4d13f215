#include "indicators/IndicatorTableModel.h"

#include "storage/ReportDocument.h"

namespace cpc {

IndicatorTableModel::IndicatorTableModel(ReportDocument* doc, EditSession* session, QString indicatorId,
                                         QObject* parent)
    : QAbstractTableModel(parent), m_doc(doc), m_session(session), m_id(std::move(indicatorId))
{
}

const Indicator* IndicatorTableModel::indicator() const
{
    return m_doc->report().indicator(m_id);
}

} // namespace cpc
