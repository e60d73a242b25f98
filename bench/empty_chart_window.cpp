// The floor a cold start is measured against: a minimal Qt Widgets program that shows one empty
// QChartView and quits once it has been painted. The benchmark times it from start to exit.
#include "QuitAfterPaint.h"

#include <QApplication>
#include <QChartView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QChartView view;
    view.resize(1400, 860);
    QuitAfterPaint quit;
    view.viewport()->installEventFilter(&quit);
    view.show();
    return app.exec();
}
