#include "PdfDocumentReader.h"

#include "PdfPageView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString zoomKey = QStringLiteral("pdfReader/zoom");
const QString geometryKey = QStringLiteral("pdfReader/geometry");
} // namespace

PdfDocumentReader::PdfDocumentReader(QWidget *parent)
    : QDialog(parent)
    , m_view(new PdfPageView(this))
    , m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("pdfDocumentReader"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    // The officer's zoom and window size are kept from one document to the next.
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(900, 900);
    const qreal zoom = settings.value(zoomKey, 1.0).toDouble();
    if (zoom > 0)
        m_view->setZoom(zoom);
}

bool PdfDocumentReader::showDocument(const Document &document, const PageArea &evidence, QString *error)
{
    if (!m_view->setDocument(document.fileBytes, error))
        return false;
    setWindowTitle(tr("%1 \u2014 PDF").arg(document.title));
    QString source = tr("%1 \u2014 %2, %3")
                         .arg(document.title, document.authority.name,
                             QLocale().toString(document.published, QLocale::LongFormat));
    if (evidence.isValid())
        source = tr("%1. The evidence is highlighted on page %2 of %3.")
                     .arg(source)
                     .arg(evidence.page)
                     .arg(document.pageCount);
    m_source->setText(source);
    if (evidence.isValid())
        m_view->showArea(evidence);
    else
        m_view->setPage(1);
    m_view->setFocus();
    return true;
}

void PdfDocumentReader::done(int result)
{
    QSettings settings;
    settings.setValue(zoomKey, m_view->zoom());
    settings.setValue(geometryKey, saveGeometry());
    QDialog::done(result);
}
