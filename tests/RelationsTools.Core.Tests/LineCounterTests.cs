using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RelationsTools.Data;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// The line of a byte offset, asked in any order and from several threads at once, as the readers of a file
    /// split between threads ask it: always the line a count from the start of the file gives.
    /// </summary>
    public class LineCounterTests
    {
        [Theory]
        [InlineData(7)]
        [InlineData(100)]
        [InlineData(LineCounter.DefaultCheckpointBytes)]
        public void Offsets_asked_in_any_order_get_the_line_a_count_from_the_start_gives(long checkpointBytes)
        {
            using var folder = new TempDataFolder();
            var (path, bytes) = WriteLines(folder, seed: 1);
            var random = new Random(2);
            var offsets = Enumerable.Range(0, 400).Select(_ => (long)random.Next(bytes.Length + 1)).Concat(new long[] { 0, bytes.Length, bytes.Length + 10 }).ToList();

            using var counter = new LineCounter(path, checkpointBytes);
            foreach (long offset in offsets)
            {
                Assert.Equal(Reference(bytes, offset), counter.LineAt(offset));
            }
        }

        [Fact]
        public async Task Threads_sharing_one_counter_each_get_the_right_line()
        {
            using var folder = new TempDataFolder();
            var (path, bytes) = WriteLines(folder, seed: 3);
            using var counter = new LineCounter(path, checkpointBytes: 1000);

            // Four threads, released together, each asking its own order of offsets.
            using var go = new ManualResetEventSlim();
            var askers = Enumerable.Range(0, 4).Select(seed => Task.Factory.StartNew(() =>
            {
                var random = new Random(seed);
                go.Wait();
                for (int i = 0; i < 3000; i++)
                {
                    long offset = random.Next(bytes.Length + 1);
                    Assert.Equal(Reference(bytes, offset), counter.LineAt(offset));
                }
            }, TaskCreationOptions.LongRunning)).ToArray();
            go.Set();
            await Task.WhenAll(askers);
        }

        // Text with LF, CR and CRLF line breaks, a CRLF now and then split across a checkpoint.
        private static (string Path, byte[] Bytes) WriteLines(TempDataFolder folder, int seed)
        {
            var random = new Random(seed);
            byte[] alphabet = { (byte)'a', (byte)',', (byte)'"', (byte)'\n', (byte)'\r', 0xC3, 0xB4 };
            var bytes = Enumerable.Range(0, 6000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            string path = Path.Combine(folder.Path, "lines.csv");
            File.WriteAllBytes(path, bytes);
            return (path, bytes);
        }

        private static long Reference(byte[] bytes, long offset)
        {
            long line = 1;
            for (long i = 0; i < Math.Min(offset, bytes.Length); i++)
            {
                if (bytes[i] == (byte)'\r' || (bytes[i] == (byte)'\n' && (i == 0 || bytes[i - 1] != (byte)'\r')))
                {
                    line++;
                }
            }

            return line;
        }
    }
}
