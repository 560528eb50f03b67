using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.Validation
{
    /// <summary>
    /// Checks a data folder the way Test-RelationsData reports it: every row of every file, every field,
    /// and what a streaming query cannot check, such as duplicate ids. Nothing stops at the first problem,
    /// and each problem comes out as it is found.
    /// </summary>
    public static class DataValidator
    {
        /// <param name="folder">The data folder to check.</param>
        /// <param name="bundled">The data whose sources and actors a user's folder may refer to; null when checking the bundled folder itself.</param>
        /// <param name="onProgress">Told the file and the fraction of it read, on long files.</param>
        /// <param name="includeBundled">Check the folder as it reads with the bundled rows included: the bundled rows too, through the folder's sources and actors.</param>
        /// <param name="textFolder">
        /// The texts of the sources (<c>&lt;source-id&gt;.txt</c>) to check the folder's citations against; null for the
        /// folder's own <c>texts</c> folder, or no such check when it has none.
        /// </param>
        public static IEnumerable<DataProblem> Validate(string folder, RelationsData? bundled, Action<string, double>? onProgress = null, bool includeBundled = false, string? textFolder = null)
        {
            var found = new Queue<DataProblem>();
            var sink = new ReadMonitor(
                e => found.Enqueue(new DataProblem(e, ProblemSeverity.Error)),
                w => found.Enqueue(new DataProblem(w, ProblemSeverity.Warning)),
                onProgress);

            DataFolder? dataFolder = null;
            try
            {
                dataFolder = DataFolder.OpenChecked(folder, bundled, sink, includeBundled);
            }
            catch (DataFileException e)
            {
                found.Enqueue(new DataProblem(e, ProblemSeverity.Error));
            }

            while (found.Count > 0)
            {
                yield return found.Dequeue();
            }

            if (dataFolder is null)
            {
                yield break;
            }

            foreach (string file in Directory.GetFiles(dataFolder.Path, "*.csv").OrderBy(f => f, StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                if (!TableSchema.FileNames.Contains(name, StringComparer.Ordinal))
                {
                    yield return new DataProblem(
                        new DataFileException(DataErrorIds.UnknownFile, file, 0, null, name, $"not a data file of this layout ({string.Join(", ", TableSchema.FileNames)}); it is ignored"),
                        ProblemSeverity.Warning);
                }
            }

            // Claim rows alone: the figures' rows are checked once, by their own read.
            var tables = new Func<IEnumerable<object>>[]
            {
                () => dataFolder.ReadEvents(sink),
                () => dataFolder.ReadTradeFigures(sink),
                () => dataFolder.ReadClaimRows(sink),
            };
            foreach (var read in tables)
            {
                foreach (var problem in Drain(read, found))
                {
                    yield return problem;
                }
            }

            CitationVerifier.Verify(dataFolder.Path, dataFolder.Sources, textFolder, sink);
            while (found.Count > 0)
            {
                yield return found.Dequeue();
            }
        }

        // Reads a table to its end for the problems it reports, passing each on as soon as its row is read;
        // a problem with the whole file ends that file only.
        private static IEnumerable<DataProblem> Drain(Func<IEnumerable<object>> read, Queue<DataProblem> found)
        {
            using (var rows = Rows(read, found).GetEnumerator())
            {
                while (rows.MoveNext())
                {
                    while (found.Count > 0)
                    {
                        yield return found.Dequeue();
                    }
                }
            }

            while (found.Count > 0)
            {
                yield return found.Dequeue();
            }
        }

        // Each row read, or a final marker when a whole-file problem stopped the read (queued as a problem).
        private static IEnumerable<object?> Rows(Func<IEnumerable<object>> read, Queue<DataProblem> found)
        {
            IEnumerator<object> rows;
            try
            {
                rows = read().GetEnumerator();
            }
            catch (DataFileException e)
            {
                found.Enqueue(new DataProblem(e, ProblemSeverity.Error));
                yield break;
            }

            using (rows)
            {
                while (true)
                {
                    bool more;
                    try
                    {
                        more = rows.MoveNext();
                    }
                    catch (DataFileException e)
                    {
                        found.Enqueue(new DataProblem(e, ProblemSeverity.Error));
                        yield break;
                    }

                    if (!more)
                    {
                        yield break;
                    }

                    yield return rows.Current;
                }
            }
        }
    }
}
