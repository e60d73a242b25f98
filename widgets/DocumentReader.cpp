#include "DocumentReader.h"

#include "EvidenceHtml.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

DocumentReader::DocumentReader(QWidget *parent)
    : QDialog(parent)
    , m_headings(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_provenance(new QLabel(this))
{
    setObjectName(QStringLiteral("documentReader"));
    resize(900, 700);
    m_headings->setAccessibleName(tr("Sections"));
    m_text->setAccessibleName(tr("Document text"));
    m_find->setPlaceholderText(tr("Find in document (Enter: next, Shift+Enter: previous)"));
    m_find->setAccessibleName(tr("Find in document"));
    m_find->setClearButtonEnabled(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_headings);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 3);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);
    auto *nextAction = new QAction(this);
    nextAction->setShortcut(QKeySequence::FindNext);
    connect(nextAction, &QAction::triggered, this, [this] { find(false); });
    addAction(nextAction);
    auto *previousAction = new QAction(this);
    previousAction->setShortcut(QKeySequence::FindPrevious);
    connect(previousAction, &QAction::triggered, this, [this] { find(true); });
    addAction(previousAction);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(false); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    m_provenance->setObjectName(QStringLiteral("provenance"));
    layout->addWidget(m_provenance);
    layout->addWidget(splitter, 1);
    layout->addLayout(findRow);
    layout->addWidget(buttons);

    connect(m_headings, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_text->scrollToAnchor(m_headings->item(row)->data(Qt::UserRole).toString());
    });
}

void DocumentReader::showDocument(const Document &document, const Evidence &evidence)
{
    setWindowTitle(tr("%1 \u2014 %2, %3")
                       .arg(document.title, document.authority.name,
                           QLocale().toString(document.published, QLocale::LongFormat)));
    const QString when = QLocale().toString(document.importedAt.toLocalTime(), QLocale::ShortFormat);
    m_provenance->setText(!document.importedBy.isEmpty() && document.importedAt.isValid()
            ? tr("Imported by %1 on %2").arg(document.importedBy, when)
            : document.importedAt.isValid() ? tr("Imported on %1").arg(when)
                                            : QString());
    m_provenance->setVisible(!m_provenance->text().isEmpty());
    QList<QPair<QString, QString>> headings;
    m_text->setHtml(EvidenceHtml::document(document, evidence, &headings));
    m_headings->clear();
    for (const auto &h : std::as_const(headings)) {
        auto *item = new QListWidgetItem(h.second, m_headings);
        item->setData(Qt::UserRole, h.first);
    }
    if (evidence.isValid())
        m_text->scrollToAnchor(QStringLiteral("evidence"));
}

QString DocumentReader::provenance() const
{
    return m_provenance->text();
}

QString DocumentReader::plainText() const
{
    return m_text->toPlainText();
}

void DocumentReader::find(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    bool found = m_text->find(text, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor cursor = m_text->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(cursor);
        found = m_text->find(text, flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
}
