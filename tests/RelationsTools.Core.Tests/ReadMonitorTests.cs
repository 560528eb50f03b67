using System.Collections.Concurrent;
using System.Linq;
using RelationsTools.Data;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>What a read tells its monitor it has read, which -Verbose passes on: every row once, however the file is read.</summary>
    public class ReadMonitorTests
    {
        private static readonly RelationsData Bundled = RelationsData.Load(RepoPaths.BundledData);

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        public void The_rows_reported_read_are_the_rows_of_the_file_on_any_number_of_threads(int threads)
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note\n" + string.Concat(
                Enumerable.Range(0, 400).Select(i => $"ev-{i:0000},2015,Title {i},Summary {i},Trade,Happened,hun-sen,,cicp-2020-07-13-new-heights ¶3,\n")));
            var rowsByFile = new ConcurrentDictionary<string, long>();
            var sink = new ReadMonitor(_ => { }, _ => { }, onFileRead: (file, rows) => rowsByFile.AddOrUpdate(System.IO.Path.GetFileName(file), rows, (_, sum) => sum + rows));
            var data = DataFolder.Open(folder.Path, Bundled, sink);
            data.ScanPlan = threads == 1 ? ScanPlan.OneThread : new ScanPlan(threads, 1000, mostKept: 1);

            Assert.Equal(400, data.ReadEvents(sink).Count());
            Assert.Equal(400, rowsByFile["events.csv"]);
        }
    }
}
