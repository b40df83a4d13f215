#include "indicators/SmallNumbersDialog.h"

#include "export/SuppressionPlan.h"
#include "model/Paths.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cpc {

SmallNumbersDialog::SmallNumbersDialog(ReportDocument* doc, EditSession* session, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_session(session),
      m_enabled(new QCheckBox(tr("&Protect small counts of child victims in the PDF and the exports"), this)),
      m_threshold(new QSpinBox(this)), m_effect(new QLabel(this))
{
    setWindowTitle(tr("Small-Number Protection"));
    setObjectName(QStringLiteral("smallNumbersDialog"));
    const SmallNumberPolicy& policy = doc->report().info.smallNumbers;
    m_enabled->setChecked(policy.enabled);
    m_threshold->setRange(1, 1000);
    m_threshold->setValue(policy.threshold);
    m_threshold->setAccessibleName(tr("Threshold"));

    auto* intro =
        new QLabel(tr("Counts of identified child victims can identify a child. With protection on, any such "
                      "count from 1 to the threshold is shown as \"<N\", and as many other cells as needed "
                      "are hidden (\"*\") so that it cannot be worked out from the totals. The report file "
                      "always keeps the real values."),
                   this);
    intro->setWordWrap(true);
    m_effect->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Threshold:"), this);
    label->setBuddy(m_threshold);
    form->addRow(label, m_threshold);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!doc->isReadOnly());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_effect);
    layout->addWidget(buttons);

    connect(m_enabled, &QCheckBox::toggled, this, &SmallNumbersDialog::updateEffect);
    connect(m_threshold, &QSpinBox::valueChanged, this, &SmallNumbersDialog::updateEffect);
    updateEffect();
}

void SmallNumbersDialog::updateEffect()
{
    m_threshold->setEnabled(m_enabled->isChecked());
    if (!m_enabled->isChecked()) {
        m_effect->setText(tr("Every value will be published as it is in the report."));
        return;
    }
    // What the choice would mask in the report as it stands.
    Report preview = m_doc->report();
    preview.info.smallNumbers = SmallNumberPolicy{true, m_threshold->value()};
    const SuppressionPlan plan(preview);
    m_effect->setText(tr("With these settings, %n value(s) are shown as \"%1\"", nullptr, plan.primaryCount())
                          .arg(plan.primaryLabel()) +
                      QLatin1Char(' ') +
                      tr("and %n other cell(s) are hidden.", nullptr, plan.complementaryCount()));
}

bool SmallNumbersDialog::apply()
{
    const SmallNumberPolicy& now = m_doc->report().info.smallNumbers;
    QList<FieldChange> changes;
    if (now.enabled != m_enabled->isChecked())
        changes.append(FieldChange{Paths::reportSmallNumbersEnabled(), m_enabled->isChecked(), false});
    if (now.threshold != m_threshold->value())
        changes.append(FieldChange{Paths::reportSmallNumbersThreshold(), m_threshold->value(), false});
    if (changes.isEmpty()) return false;
    return m_session->edit(changes, tr("Change small-number protection"));
}

} // namespace cpc
