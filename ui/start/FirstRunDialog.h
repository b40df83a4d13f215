#pragma once

#include "util/Result.h"

#include <QDialog>

namespace cpc {

class IdentityForm;

// The first start: asks who the user is (name and entity, both skippable) and offers to open the sample
// report (copied into the user's documents as a .cpcreport, so it can be explored and changed freely) or
// to start a new report.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { OpenSample = 1, NewReport, Nothing };
    explicit FirstRunDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }
    IdentityForm* identityForm() const { return m_identity; }
    // Keeps the identity typed, however the dialog is closed.
    void done(int result) override;

    // Makes the sample .cpcreport from the program's sample JSON in `folder` (documents by default),
    // reusing one made earlier. Returns its path, or an Error saying what failed.
    static Result<QString> makeSample(const QString& folder = QString());

private:
    IdentityForm* m_identity;
    Choice m_choice = Nothing;
};

} // namespace cpc
