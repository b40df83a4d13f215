#include "comments/CommentsPanel.h"

#include "comments/CommentsModel.h"
#include "common/EntityLabel.h"
#include "model/Paths.h"
#include "navigator/OpenContribution.h"
#include "navigator/ReviewTarget.h"
#include "settings/Preferences.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include "json/ReportJsonWriter.h"
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpc {

namespace {

// Comments keep the kind of part they are on as text (Comment::targetKind, a word of
// Vocabulary::commentTargets()); the window knows it as the node's kind.
QString commentTargetKind(NodeKind kind)
{
    if (kind == NodeKind::Section) return QStringLiteral("section");
    if (kind == NodeKind::Activity) return QStringLiteral("activity");
    return QStringLiteral("indicator"); // a ReviewTarget is one of the three
}

} // namespace

CommentsPanel::CommentsPanel(QWidget* parent)
    : QWidget(parent), m_model(new CommentsModel(this)), m_title(new QLabel(this)), m_state(new QLabel(this)),
      m_list(new QListView(this)), m_author(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_add(new QPushButton(tr("&Add Comment"), this)), m_reply(new QPushButton(tr("Rep&ly"), this)),
      m_resolve(new QPushButton(tr("Resol&ve Thread"), this))
{
    setObjectName(QStringLiteral("commentsPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_state->setObjectName(QStringLiteral("threadState"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setAccessibleName(tr("Comments"));
    m_author->setAccessibleName(tr("Comment as"));
    m_text->setPlaceholderText(tr("Write a comment"));
    m_text->setAccessibleName(tr("New comment"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::addComment);
    connect(m_reply, &QPushButton::clicked, this, &CommentsPanel::reply);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPanel::toggleResolved);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommentsPanel::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CommentsPanel::refresh);

    auto* asRow = new QHBoxLayout;
    m_asLabel = new QLabel(tr("A&s:"), this);
    m_asLabel->setBuddy(m_author);
    asRow->addWidget(m_asLabel);
    asRow->addWidget(m_author, 1);
    // Two rows: the dock is narrow, and three buttons side by side clip their labels.
    auto* buttons = new QVBoxLayout;
    auto* postRow = new QHBoxLayout;
    postRow->addWidget(m_add);
    postRow->addWidget(m_reply);
    postRow->addStretch(1);
    auto* threadRow = new QHBoxLayout;
    threadRow->addStretch(1);
    threadRow->addWidget(m_resolve);
    buttons->addLayout(postRow);
    buttons->addLayout(threadRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_list, 1);
    layout->addLayout(asRow);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    refresh();
}

void CommentsPanel::setSession(EditSession* session)
{
    m_session = session;
    m_model->setDocument(session ? session->document() : nullptr);
    fillAuthors();
    setNode(m_node);
}

void CommentsPanel::setNode(const NavNode& node)
{
    m_node = node;
    const ReportDocument* doc = m_session ? m_session->document() : nullptr;
    const auto target = doc ? ReviewTarget::of(node, doc->report()) : std::nullopt;
    m_kind = target ? commentTargetKind(target->node.kind) : QString();
    m_model->setTarget(m_kind, node.id);
    m_title->setText(
        target ? tr("Comments on %1").arg(target->title)
               : (doc ? tr("Choose a section, activity or indicator to see its comments.") : QString()));
    refresh();
}

void CommentsPanel::fillAuthors()
{
    m_author->clear();
    const ReportDocument* doc = m_session ? m_session->document() : nullptr;
    if (!doc) return;
    const auto contribution = OpenContribution::of(*doc);
    for (const Entity& e : doc->report().entities)
        if (!contribution || contribution->request.entity == e.id)
            m_author->addItem(ReviewTarget::entityName(doc->report(), e.id), e.id);
    const QString preferred = contribution ? contribution->request.entity : Preferences::userEntity().value();
    const int i = m_author->findData(preferred);
    if (i >= 0) m_author->setCurrentIndex(i);
}

void CommentsPanel::refresh()
{
    const ReportDocument* doc = m_session ? m_session->document() : nullptr;
    const bool open = doc && !m_kind.isEmpty();
    const bool writable = open && !doc->isReadOnly() && m_author->count() > 0;
    const bool hasText = !m_text->toPlainText().trimmed().isEmpty();
    const int n = m_model->rowCount();
    const bool resolved = m_model->isResolved();
    for (QWidget* w : std::initializer_list<QWidget*>{m_list, m_asLabel, m_author, m_text, m_add, m_reply,
                                                      m_resolve, m_state})
        w->setVisible(open);
    m_state->setText(n == 0 ? tr("No comments yet.")
                            : (resolved ? tr("%n comment(s), resolved", nullptr, n)
                                        : tr("%n comment(s), open", nullptr, n)));
    m_add->setEnabled(writable && hasText);
    m_reply->setEnabled(writable && hasText && m_list->currentIndex().isValid());
    m_resolve->setEnabled(writable && n > 0);
    m_resolve->setText(resolved ? tr("Reopen &Thread") : tr("Resol&ve Thread"));
}

bool CommentsPanel::write(const QList<Comment>& comments, const QString& stepName)
{
    QJsonArray all;
    for (const Comment& c : comments)
        all.append(ReportJsonWriter::toJson(c));
    return m_session->edit({FieldChange{Paths::comments(), all, false}}, stepName);
}

void CommentsPanel::addComment()
{
    post(m_text->toPlainText().trimmed());
}

void CommentsPanel::post(const QString& text)
{
    if (!m_session || m_kind.isEmpty() || text.isEmpty()) return;
    QList<Comment> all = m_session->document()->report().comments;
    Comment c;
    c.targetKind = m_kind;
    c.target = m_node.id;
    c.author = m_author->currentData().toString();
    c.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    c.text = text;
    all.append(c);
    if (write(all, tr("Add comment"))) m_text->clear();
}

void CommentsPanel::reply()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_text->toPlainText().trimmed().isEmpty()) return;
    // A thread is flat; a reply names whom it answers so that it reads as one.
    // A handle, as people write it in a reply: the acronym.
    const QString to = EntityLabel::shortOf(m_session->document()->report(),
                                            current.data(CommentsModel::AuthorRole).toString());
    post(QStringLiteral("@%1 %2").arg(to, m_text->toPlainText().trimmed()));
}

void CommentsPanel::toggleResolved()
{
    if (!m_session || m_model->rowCount() == 0) return;
    const bool resolve = !m_model->isResolved();
    QList<Comment> all = m_session->document()->report().comments;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all[m_model->commentIndex(row)].resolved = resolve;
    write(all, resolve ? tr("Resolve comments") : tr("Reopen comments"));
}

} // namespace cpc
