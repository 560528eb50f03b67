using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using CsvHelper;

// What any CsvHelper program must do at least for the benchmark's query: read every record of
// events.csv and test the same two fields (Category is Trade, Date falls in 2010-2017).
// Prints {"Seconds":..,"Selected":..,"PeakMB":..} like the other measurements.
// args: the data folder, and optionally a small folder to scan first, untimed, so the JIT has compiled the loop.
if (args.Length > 1)
{
    Count(Path.Combine(args[1], "events.csv"));
}

var clock = Stopwatch.StartNew();
int selected = Count(Path.Combine(args[0], "events.csv"));
clock.Stop();
long peak = Process.GetCurrentProcess().PeakWorkingSet64;
Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{{\"Seconds\":{0},\"Selected\":{1},\"PeakMB\":{2}}}", clock.Elapsed.TotalSeconds, selected, peak / (1024 * 1024)));

static int Count(string path)
{
    var options = new CsvReaderOptions { Separator = ',', HasHeader = true };
    int selected = 0;
    using var reader = CsvReader.Create(File.OpenRead(path), options, false);
    int date = reader.GetFieldIndex("Date"), category = reader.GetFieldIndex("Category");
    while (reader.Read())
    {
        if (reader.GetString(category) != "Trade")
        {
            continue;
        }

        string d = reader.GetString(date);
        if (string.CompareOrdinal(d, "2010") >= 0 && string.CompareOrdinal(d, "2018") < 0)
        {
            selected++;
        }
    }

    return selected;
}
