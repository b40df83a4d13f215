#pragma once

#include "model/BreakdownLabels.h"
#include "model/Comment.h"
#include "model/Entity.h"
#include "model/GlossaryEntry.h"
#include "model/Indicator.h"
#include "model/ReportInfo.h"
#include "model/Section.h"

#include <QList>

namespace cpc {

// The whole annual report in memory: what a .cpcreport file holds and what cpcreport-json/1 describes.
// Lists keep the author's order.
struct Report {
    ReportInfo info;
    QList<Entity> entities;
    QList<Section> sections;
    QList<Indicator> indicators;
    QList<GlossaryEntry> glossary;
    QList<Comment> comments;
    BreakdownLabels breakdownLabels; // the words printed for disaggregation codes

    const Entity* entity(const QString& id) const;
    const Section* section(const QString& id) const;
    Section* section(const QString& id);
    // The activity and the section that holds it.
    const Activity* activity(const QString& id, const Section** owner = nullptr) const;
    Activity* activity(const QString& id, Section** owner = nullptr);
    const Indicator* indicator(const QString& id) const;
    Indicator* indicator(const QString& id);
    int glossaryIndex(const QString& englishTerm) const; // -1 when absent

    bool operator==(const Report&) const = default;
};

} // namespace cpc
