#pragma once

#include "ExportContext.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;
class QWidget;

// A chart as an object in a QTextDocument (the summary report), drawn as vectors at the place and
// size the layout gives it, so that it prints sharply and its words stay text in a PDF.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    // layoutScale: how many times its size on screen the chart's text is drawn.
    ChartTextObject(
        QWidget *chart, const ExportContext &context, double layoutScale, QObject *parent = nullptr);

    // Puts the chart at the cursor (replacing its selection), size in the document's units.
    static void insert(QTextCursor &cursor, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;

private:
    QWidget *m_chart;
    ExportContext m_context;
    double m_layoutScale;
};
