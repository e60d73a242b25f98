#pragma once

#include "domain/Document.h"
#include "domain/PageBox.h"

#include <QDialog>

class PdfPageView;
class QLabel;

// Reads a PDF document as it was printed: the page the evidence is on, the evidence highlighted
// there, with paging, zoom and find. Text documents open in DocumentReader instead.
class PdfDocumentReader : public QDialog
{
    Q_OBJECT
public:
    explicit PdfDocumentReader(QWidget *parent = nullptr);
    // False with error set when the stored file cannot be shown (the text reader is the fallback).
    bool showDocument(const Document &document, const PageArea &evidence, QString *error);
    PdfPageView *pageView() const { return m_view; }

protected:
    void done(int result) override;

private:
    PdfPageView *m_view;
    QLabel *m_source;
};
