#pragma once

#include <QByteArray>
#include <QString>

// Decoded document text. Line endings are folded to '\n' so that spans mean the same for a
// letter saved on Windows or on Linux.
struct SourceText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "Windows-1252", ...
    QString error; // why the bytes are not a text document; empty when decoding worked

    bool isValid() const { return error.isEmpty(); }

    static constexpr qint64 MaximumBytes = 64 * 1024 * 1024; // data tables for all of England fit
    static SourceText decode(const QByteArray &bytes);
};
