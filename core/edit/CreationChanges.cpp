#include "edit/CreationChanges.h"

#include "json/ReportJsonWriter.h"

#include <QJsonObject>

namespace cpc {

QList<FieldChange> CreationChanges::indicator(const Indicator& indicator)
{
    Indicator bare = indicator;
    bare.disaggregation.clear();
    const FieldPath target{QStringLiteral("indicators"), indicator.id};
    QList<FieldChange> out{FieldChange{target, ReportJsonWriter::toJson(bare)}};
    const FieldPath breakdowns = target.child(QStringLiteral("disaggregation"));
    for (auto year = indicator.disaggregation.cbegin(); year != indicator.disaggregation.cend(); ++year)
        for (const Disaggregation& d : year.value())
            for (const DisaggregationCategory& c : d.categories)
                out << FieldChange{breakdowns.child(QString::number(year.key())).child(d.dimension).child(c.name), c.value};
    return out;
}

} // namespace cpc
