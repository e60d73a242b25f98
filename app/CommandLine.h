#pragma once

#include <QStringList>

// The command-line interface: import, list and search, over the same store the window uses.
namespace CommandLine {

// True when the arguments name a command rather than starting the window.
bool isCommand(const QStringList &arguments);
// True when the arguments ask only for help or the version, which need no window either.
bool isHelpRequest(const QStringList &arguments);
// True for the commands that draw (charts, reports): they need a GUI application, offscreen if there is no
// display.
bool needsGui(const QStringList &arguments);
// Tells the user that the window needs a display, and that commands do not; returns the exit code.
int reportNoDisplay();
// Runs a command and returns the process exit code. Output goes to stdout, messages to stderr.
int run(const QStringList &arguments);

} // namespace CommandLine
