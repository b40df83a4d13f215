#include "structure/NewPartDialog.h"

#include "common/PresetAnswers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <algorithm>

namespace cpc {

namespace {
PresetAnswers<NewPartDialog::Answer> answers;
} // namespace

NewPartDialog::NewPartDialog(Part part, const Objectives& objectives, int objective, QWidget* parent)
    : QDialog(parent), m_es(new QLineEdit), m_en(new QLineEdit), m_part(part)
{
    QString title, intro, ok;
    switch (part) {
    case Part::Activity:
        title = tr("New Activity");
        intro = tr("What is the activity called? You can write the other language later.");
        ok = tr("Add Activity");
        break;
    case Part::Indicator:
        title = tr("New Indicator");
        intro =
            tr("What does the indicator measure? You can write the other language later, and its definition, "
               "unit and targets on its page.");
        ok = tr("Add Indicator");
        break;
    case Part::GlossaryTerm:
        title = tr("New Glossary Term");
        intro =
            tr("The term in both languages; its definition goes on the glossary page. The English term is "
               "required: the glossary knows the entry by it.");
        ok = tr("Add Term");
        break;
    case Part::Entity:
        title = tr("New Entity");
        intro = tr("The entity's name as its people write it, and its acronym if it has one.");
        ok = tr("Add Entity");
        break;
    }
    setWindowTitle(title);
    auto* introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    m_es->setAccessibleName(tr("In Spanish"));
    m_en->setAccessibleName(tr("In English"));
    auto* form = new QFormLayout(this);
    form->addRow(introLabel);
    if (part == Part::Indicator) {
        m_objective = new QComboBox;
        m_objective->setAccessibleName(tr("Objective"));
        for (const auto& [number, name] : objectives)
            m_objective->addItem(name, number);
        m_objective->setCurrentIndex(std::max(0, m_objective->findData(objective)));
        form->addRow(tr("&Objective:"), m_objective);
    }
    if (part == Part::Entity) {
        m_kind = new QComboBox;
        m_kind->setAccessibleName(tr("Kind of entity"));
        m_kind->addItem(tr("Government"), QStringLiteral("government"));
        m_kind->addItem(tr("Implementing partner"), QStringLiteral("implementing_partner"));
        m_kind->addItem(tr("Other"), QStringLiteral("other"));
        form->addRow(tr("&Kind:"), m_kind);
    }
    form->addRow(tr("In &Spanish:"), m_es);
    form->addRow(tr("In &English:"), m_en);
    if (part == Part::Entity) {
        m_acronymEs = new QLineEdit;
        m_acronymEn = new QLineEdit;
        m_acronymEs->setAccessibleName(tr("Acronym in Spanish"));
        m_acronymEn->setAccessibleName(tr("Acronym in English"));
        form->addRow(tr("&Acronym in Spanish:"), m_acronymEs);
        form->addRow(tr("A&cronym in English:"), m_acronymEn);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(ok);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const auto update = [this, buttons] {
        const Answer a = answer();
        const bool enough = m_part == Part::GlossaryTerm ? !a.title.en().isEmpty() : !a.title.isEmpty();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(enough);
    };
    connect(m_es, &QLineEdit::textChanged, this, update);
    connect(m_en, &QLineEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

NewPartDialog::Answer NewPartDialog::answer() const
{
    Answer a;
    a.title = BiText(m_en->text().simplified(), m_es->text().simplified());
    a.objective = m_objective ? m_objective->currentData().toInt() : 0;
    if (m_acronymEs) a.acronym = BiText(m_acronymEn->text().simplified(), m_acronymEs->text().simplified());
    if (m_kind) a.kind = m_kind->currentData().toString();
    return a;
}

std::optional<NewPartDialog::Answer> NewPartDialog::ask(Part part, const Objectives& objectives,
                                                        int objective, QWidget* parent)
{
    if (auto answer = answers.take()) return answer;
    NewPartDialog dialog(part, objectives, objective, parent);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return dialog.answer();
}

void NewPartDialog::setNextAnswer(const Answer& answer)
{
    answers.add(answer);
}

} // namespace cpc
