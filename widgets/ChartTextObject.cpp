#include "ChartTextObject.h"

#include "ChartExporter.h"

#include <QTextCharFormat>
#include <QTextCursor>

namespace {
constexpr int SizeProperty = QTextFormat::UserProperty + 1;
}

ChartTextObject::ChartTextObject(
    QWidget *chart, const ExportContext &context, double layoutScale, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_context(context)
    , m_layoutScale(layoutScale)
{
}

void ChartTextObject::insert(QTextCursor &cursor, const QSizeF &size)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(SizeProperty, size);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(SizeProperty).toSizeF();
}

void ChartTextObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &)
{
    if (m_chart)
        ChartExporter::paint(painter, m_chart, m_context, rect, m_layoutScale);
}
