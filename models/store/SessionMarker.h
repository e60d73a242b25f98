#pragma once

#include <QString>
#include <memory>

class QLockFile;

// Tells whether the last program to have a database file open ended without closing it (killed,
// crashed, the power lost). While a program has the file open it holds a lock file beside it;
// one left behind by a process that no longer runs is the sign. Only then is the whole file worth
// checking at open: a check at every open would read the whole file, and cost more the larger it grows.
// Several programs may have the file open at once; the first holds the marker, the others look only.
class SessionMarker
{
public:
    explicit SessionMarker(const QString &databasePath);
    ~SessionMarker();
    SessionMarker(const SessionMarker &) = delete;
    SessionMarker &operator=(const SessionMarker &) = delete;

    // True when a marker was found whose process had ended: the last session did not close the file.
    bool previousSessionEndedUncleanly() const { return m_unclean; }

    static QString markerPath(const QString &databasePath);

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_unclean = false;
};
