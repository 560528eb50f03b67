using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RelationsTools.Data
{
    /// <summary>
    /// Checks a data folder the way Test-RelationsData reports it: every row of every file, every field,
    /// and what a streaming query cannot check, such as duplicate ids. Nothing stops at the first problem.
    /// </summary>
    public static class DataValidator
    {
        private static readonly string[] KnownFiles =
        {
            SourceTable.FileName, ActorTable.FileName, EventTable.FileName, TradeFigureTable.FileName, ClaimTable.FileName,
        };

        /// <param name="bundled">The data whose sources and actors a user's folder may refer to; null when checking the bundled folder itself.</param>
        public static IReadOnlyList<DataProblem> Validate(string folder, RelationsData? bundled)
        {
            var problems = new List<DataProblem>();
            var sink = new ReadMonitor(
                e => problems.Add(new DataProblem(e, ProblemSeverity.Error)),
                w => problems.Add(new DataProblem(w, ProblemSeverity.Warning)));

            DataFolder dataFolder;
            try
            {
                dataFolder = DataFolder.Open(folder, bundled, sink);
            }
            catch (DataFileException e)
            {
                problems.Add(new DataProblem(e, ProblemSeverity.Error));
                return problems;
            }

            foreach (string file in Directory.GetFiles(dataFolder.Path, "*.csv").OrderBy(f => f, StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                if (!KnownFiles.Contains(name, StringComparer.Ordinal))
                {
                    problems.Add(new DataProblem(
                        new DataFileException(DataErrorIds.UnknownFile, file, 0, null, name, $"not a data file of this layout ({string.Join(", ", KnownFiles)}); it is ignored"),
                        ProblemSeverity.Warning));
                }
            }

            var catalog = dataFolder.Catalog;
            Drain(() => EventTable.Read(Path.Combine(dataFolder.Path, EventTable.FileName), catalog, sink, new IdRegister()), EventTable.FileName, dataFolder.Path, problems);
            Drain(() => TradeFigureTable.Read(Path.Combine(dataFolder.Path, TradeFigureTable.FileName), catalog, sink, new IdRegister()), TradeFigureTable.FileName, dataFolder.Path, problems);
            Drain(() => ClaimTable.Read(Path.Combine(dataFolder.Path, ClaimTable.FileName), catalog, sink, new IdRegister()), ClaimTable.FileName, dataFolder.Path, problems);
            return problems;
        }

        // Reads a table to its end for the problems it reports; a problem with the whole file ends that file only.
        private static void Drain<T>(Func<IEnumerable<T>> read, string fileName, string folder, List<DataProblem> problems)
        {
            if (!File.Exists(Path.Combine(folder, fileName)))
            {
                return;
            }

            try
            {
                foreach (var unused in read())
                {
                }
            }
            catch (DataFileException e)
            {
                problems.Add(new DataProblem(e, ProblemSeverity.Error));
            }
        }
    }
}
