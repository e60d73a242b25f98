// The map drawn offscreen in English and Polish: each hexagon in its quartile's colour with its
// number, the tooltip naming the authority, click and keys asking to compare, and the export at
// the size asked. Screenshots map-en.png and map-pl.png are saved next to the test for people to look at.
#include "AuthorityMapView.h"
#include "ChartExporter.h"
#include "MapPanel.h"
#include "Translations.h"

#include "reference/AuthorityRegister.h"
#include "itemmodels/AuthorityMapModel.h"
#include "reference/HexLayout.h"

#include <QDir>
#include <QImage>
#include <QLineF>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace {

// Eleven authorities of the East Midlands and around with a value, the rest of England without.
QList<Observation> sample()
{
    const QList<QPair<int, double>> values { { 857, 90 }, { 830, 80 }, { 855, 70 }, { 874, 65 }, { 892, 60 },
        { 891, 60 }, { 928, 55 }, { 856, 50 }, { 831, 40 }, { 925, 30 }, { 873, 62.5 } };
    QList<Observation> out;
    for (const auto &v : values) {
        Observation o;
        o.indicatorCode = QStringLiteral("LAIT T1");
        o.authority = AuthorityRegister::bundled().byLaNumber(v.first);
        o.period = { QStringLiteral("2019/20"), QDate(2019, 9, 1), QDate(2020, 8, 31) };
        o.value = v.second;
        o.sourceRow = 2;
        o.documentTitle = QStringLiteral("lait-sample.csv");
        out.append(o);
    }
    return out;
}

Indicator indicator()
{
    Indicator i;
    i.code = QStringLiteral("LAIT T1");
    i.title = QStringLiteral("Pupils reaching the expected standard");
    i.unit = QStringLiteral("%");
    i.decimals = 1;
    i.polarity = Polarity::HigherIsBetter;
    return i;
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 12 && qAbs(a.green() - b.green()) < 12 && qAbs(a.blue() - b.blue()) < 12;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private:
    // A point inside a tile, to the left of its number and inside any outline.
    static QPoint fillPoint(const AuthorityMapView &view, int laNumber)
    {
        // Leicester and Leicestershire are side by side: their distance is a hexagon's width.
        const double size = QLineF(view.tileCentre(856), view.tileCentre(855)).length() / std::sqrt(3.0);
        return (view.tileCentre(laNumber) - QPointF(size * 0.5, 0)).toPoint();
    }

    void checkMap(const QString &language, const QString &quartileWord)
    {
        AuthorityMapModel model(HexLayout::bundled(), AuthorityRegister::bundled());
        MapPanel panel(&model);
        panel.resize(1100, 760);
        panel.showIndicator(indicator(), sample());
        model.setCompared({ 856, 855 });
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        AuthorityMapView &view = *panel.mapView();
        QCOMPARE(view.title(), QStringLiteral("Pupils reaching the expected standard, 2019/20"));

        const QImage shot = panel.grab().toImage();
        QVERIFY(shot.save(QDir::current().filePath(QStringLiteral("map-%1.png").arg(language))));
        const QImage image = view.grab().toImage();
        // Leicester is in the 4th quartile of eleven (rank 9), Rutland the 1st; Kent has no value.
        QCOMPARE(model.index(model.rowOf(856), 0).data(AuthorityMapModel::QuartileRole).toInt(), 4);
        const QColor leicester = image.pixelColor(fillPoint(view, 856));
        QVERIFY2(near(leicester, view.shadeColor(4)), qPrintable(leicester.name()));
        QVERIFY(near(image.pixelColor(fillPoint(view, 857)), view.shadeColor(1)));
        const QColor kent = image.pixelColor(fillPoint(view, 886));
        QVERIFY2(kent.red() == kent.green() && kent.green() == kent.blue() && kent.red() > 150,
            qPrintable(kent.name())); // hatched grey

        const QString tip = view.toolTipAt(view.tileCentre(856));
        QVERIFY2(tip.startsWith(QLatin1String("Leicester\n")), qPrintable(tip));
        QVERIFY2(tip.contains(quartileWord), qPrintable(tip));
        QVERIFY(view.toolTipAt(QPointF(2, 2)).isEmpty());
    }

private slots:
    void initTestCase()
    {
        QDir::current().remove(QStringLiteral("map-en.png"));
        QDir::current().remove(QStringLiteral("map-pl.png"));
    }

    void english() { checkMap(QStringLiteral("en"), QStringLiteral("Rank 9 of 11, quartile 4")); }

    void polish()
    {
        QVERIFY(Translations::apply(QStringLiteral("pl")));
        checkMap(QStringLiteral("pl"), QStringLiteral("kwartyl 4"));
        Translations::apply(QStringLiteral("en"));
    }

    void clickAndKeysAskToCompare()
    {
        AuthorityMapModel model(HexLayout::bundled(), AuthorityRegister::bundled());
        AuthorityMapView view;
        view.setModel(&model);
        view.resize(900, 640);
        model.setIndicator(indicator(), sample());
        model.setCompared({ 856 });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &AuthorityMapView::authorityActivated);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.tileCentre(855).toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().at(0).toInt(), 855);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2, 2)); // the sea: nothing
        QCOMPARE(activated.size(), 0);

        // The keys start from the tile clicked last and move to its neighbours.
        view.setFocus();
        QCOMPARE(view.focusedAuthority(), 855);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.focusedAuthority(), 856); // Leicester, west of Leicestershire
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.focusedAuthority(), 855);
        QTest::keyClick(&view, Qt::Key_Up);
        QVERIFY(view.focusedAuthority() != 855);
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toInt(), view.focusedAuthority());
    }

    void exportFillsTheSize_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void exportFillsTheSize()
    {
        QFETCH(QString, suffix);
        AuthorityMapModel model(HexLayout::bundled(), AuthorityRegister::bundled());
        MapPanel panel(&model);
        panel.showIndicator(indicator(), sample());
        model.setCompared({ 856, 855 });
        ExportContext context;
        context.title = panel.title();
        context.source = panel.contextLine();
        const QString file = QDir::current().filePath(QStringLiteral("map-export.") + suffix);
        ChartExporter::Options options;
        options.size = QSize(1600, 1000);
        QString error;
        QVERIFY2(ChartExporter::save(panel.mapView(), context, file, options, &error), qPrintable(error));
        QVERIFY(QFileInfo(file).size() > 1000);
        if (suffix != QLatin1String("png"))
            return;
        // Drawn at the export's size: the hexagon of Leicester is in its colour in the picture too.
        const QImage image(file);
        QCOMPARE(image.size(), options.size);
        int quartileFour = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                quartileFour += near(image.pixelColor(x, y), panel.mapView()->shadeColor(4)) ? 1 : 0;
        }
        // Three authorities in quartile 4, each hexagon some hundreds of sampled pixels, plus the legend's.
        QVERIFY2(quartileFour > 600, qPrintable(QString::number(quartileFour)));
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
