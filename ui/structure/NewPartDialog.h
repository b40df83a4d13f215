#pragma once

#include "model/BiText.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <optional>

class QComboBox;
class QLineEdit;

namespace cpc {

// Asks for the title of a new activity, the name of a new indicator or entity, or a new glossary term, in
// Spanish and English (either may be left for later, except a term's English, its identity); for an
// indicator its objective, for an entity its kind and acronym. Tests answer in advance (setNextAnswer).
class NewPartDialog : public QDialog {
    Q_OBJECT
public:
    enum class Part { Activity, Indicator, GlossaryTerm, Entity };
    struct Answer {
        BiText title;      // the title, name or term
        int objective = 0; // an indicator's
        BiText acronym;    // an entity's
        QString kind;      // an entity's (Vocabulary::entityKinds)
    };

    // The objectives a new indicator may belong to (number, name as the report calls it); `objective`
    // preselects one.
    using Objectives = QList<QPair<int, QString>>;
    NewPartDialog(Part part, const Objectives& objectives, int objective, QWidget* parent = nullptr);

    // Shows the dialog (or takes the test's answer); nothing when the user cancels.
    static std::optional<Answer> ask(Part part, const Objectives& objectives, int objective, QWidget* parent);
    static void setNextAnswer(const Answer& answer);

private:
    Answer answer() const;

    QLineEdit* m_es;
    QLineEdit* m_en;
    QComboBox* m_objective = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_acronymEs = nullptr;
    QLineEdit* m_acronymEn = nullptr;
    Part m_part;
};

} // namespace cpc
