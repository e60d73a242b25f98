#include "EvidencePane.h"

#include "EvidenceHtml.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
// The document's title, authority and date; a paper or news item about several authorities has
// none of its own to name.
QString documentLine(const Document &document)
{
    const QString date = QLocale().toString(document.published, QLocale::LongFormat);
    return document.authority.isValid()
        ? EvidencePane::tr("%1 \u2014 %2, %3").arg(document.title, document.authority.name, date)
        : EvidencePane::tr("%1, %2").arg(document.title, date);
}
} // namespace

EvidencePane::EvidencePane(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_open(new QPushButton(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_text->setOpenLinks(false);
    m_open->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open, 0, Qt::AlignRight);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openDocumentRequested(m_evidence); });
    retranslate();
    showPrompt();
}

void EvidencePane::showPrompt()
{
    showMessage(tr("Choose a grade, a chart point or an indicator value to read the text it came from."));
    m_showingPrompt = true;
}

void EvidencePane::retranslate()
{
    m_open->setText(tr("O&pen document"));
    m_open->setToolTip(tr("Open the whole document at this place"));
    m_text->setAccessibleName(tr("Evidence"));
    m_text->setAccessibleDescription(
        tr("The paragraph the chosen grade or value came from, with its sentence highlighted"));
    if (m_showingPrompt)
        showPrompt();
}

void EvidencePane::showEvidence(const Document &document, const Evidence &evidence, const QString &subject,
    const QString &sourceKind, const QList<EvidenceAlternative> &alternatives)
{
    m_evidence = evidence;
    m_showingPrompt = false;
    const QString html = EvidenceHtml::paragraph(document, evidence);
    m_subject = subject;
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(subject.toHtmlEscaped()));
    QString source = documentLine(document);
    // Where to look in the PDF the officer holds.
    if (evidence.page > 0)
        source = tr("%1, page %2 of %3").arg(source).arg(evidence.page).arg(document.pageCount);
    if (html.isEmpty()) {
        m_text->setPlainText(tr("The evidence could not be found in the stored text of this document."));
        m_open->setEnabled(false);
        return;
    }
    QString body = QStringLiteral("<p><i>%1</i></p>").arg(source.toHtmlEscaped());
    if (!sourceKind.isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(tr("From: %1").arg(sourceKind).toHtmlEscaped());
    body += QStringLiteral("<p>%1</p>").arg(html);
    // Sources that disagree, or documents that give the same value, are read side by side: each
    // with its own sentence and document.
    for (const EvidenceAlternative &other : alternatives) {
        const QString otherHtml = EvidenceHtml::paragraph(other.document, other.evidence);
        body += QStringLiteral("<hr><p><b>%1</b><br><i>%2</i></p><p>%3</p>")
                    .arg((other.sameValue ? tr("Another document gives the same value: %1")
                                          : tr("Another source gives a different grade: %1"))
                             .arg(other.description)
                             .toHtmlEscaped(),
                        documentLine(other.document).toHtmlEscaped(),
                        otherHtml.isEmpty()
                            ? tr("The evidence could not be found in the stored text of this document.")
                            : otherHtml);
    }
    m_text->setHtml(body);
    m_text->scrollToAnchor(QStringLiteral("evidence"));
    m_open->setEnabled(true);
}

void EvidencePane::showMessage(const QString &message)
{
    m_evidence = Evidence();
    m_showingPrompt = false;
    m_subject.clear();
    m_heading->setText(QString());
    m_text->setPlainText(message);
    m_open->setEnabled(false);
}

QString EvidencePane::paragraphText() const
{
    return m_text->toPlainText();
}
