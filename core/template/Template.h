#pragma once

#include "model/BiText.h"
#include "model/BreakdownLabels.h"
#include "model/Entity.h"
#include "model/GlossaryEntry.h"
#include "model/Indicator.h"

#include <QList>

namespace cpc {

// One section the template asks for.
struct TemplateSection {
    QString id;
    QString kind; // as in Section::kind
    BiText title;
    int objective = 0; // for kind "objective"
    bool required = true;
    BiText guidance;  // what to cover, what evidence to give (Markdown)
    int minWords = 0; // suggested length; 0: no suggestion
    int maxWords = 0;
    QStringList assignedTo; // default assignment (entity ids)
};

struct TemplateObjective {
    int number = 0;
    BiText name;
    BiText description;
};

struct TemplateTraffickingType {
    QString id; // tourism | online | begging | recruitment
    BiText name;
    BiText description;
};

// The agreed structure of a year's report: data, not code (format: docs/templates.md).
struct Template {
    QString id;
    int formatVersion = 1;
    BiText name;
    BiText partnership;
    BiText titlePattern;      // "{year}" stands for the reporting year
    QString firstPeriodStart; // YYYY-MM-DD: the first reporting year starts here
    Language sourceLanguage = Language::Es;
    QString preparedBy;            // entity id
    double varianceThreshold = 10; // percent: a result this far from its target needs an explanation
    int smallNumberThreshold = 5;
    QList<TemplateObjective> objectives;
    QList<TemplateTraffickingType> traffickingTypes;
    QList<Entity> entities;
    QList<TemplateSection> sections;
    BiText activityGuidance;
    BiText indicatorGuidance;
    QList<Indicator> indicators; // indicators agreed for the partnership, if the template carries them
    QList<GlossaryEntry> glossary;
    BreakdownLabels
        breakdownLabels; // agreed words for breakdown codes ("breakdown_labels"), copied into new reports

    // nullptr when absent. sectionOfKind with objective 0 gives the first section of that kind.
    const TemplateSection* section(const QString& id) const;
    const TemplateSection* sectionOfKind(const QString& kind, int objective = 0) const;
    const TemplateObjective* objective(int number) const;
};

} // namespace cpc
