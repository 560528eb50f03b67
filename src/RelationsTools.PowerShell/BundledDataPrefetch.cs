using System.Threading.Tasks;
using RelationsTools.Data;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Reads the bundled data on another thread while PowerShell finishes importing the module (its format
    /// files, the command table) and binds the first command, so that a first query finds the tables read and
    /// the reading code compiled. Nothing is lost if the user never queries: a few milliseconds of a spare core.
    /// </summary>
    /// <remarks>
    /// The tables are read through the same lazy, thread-safe properties the cmdlets use, so a command that
    /// arrives first simply waits for the read in progress. A broken bundled file is not reported here: the
    /// cmdlet that reads it reports it, with file, line and field, as it would without the prefetch.
    /// </remarks>
    internal static class BundledDataPrefetch
    {
        private static int started;

        public static void Start()
        {
            if (System.Threading.Interlocked.Exchange(ref started, 1) == 1)
            {
                return;
            }

            Task.Run(() =>
            {
                try
                {
                    var bundled = RelationsData.Bundled;
                    foreach (var unused in new EventQuery(categories: new[] { "Trade" }).Run(bundled, ReadMonitor.Strict))
                    {
                    }
                }
                catch (DataFileException)
                {
                    // The first command that reads the bundled data reports the problem.
                }
            });
        }
    }
}
