using System;
using System.IO;
using System.Management.Automation;
using System.Text;
using RelationsTools.Data;
using RelationsTools.Query;
using RelationsTools.Report;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Export-RelationsReport: one self-contained HTML file with a timeline of the events, a chart of the trade
    /// figures, the comparison of the sources' claims and the source list, for the bundled data or -DataPath.
    /// </summary>
    [Cmdlet(VerbsData.Export, "RelationsReport", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportRelationsReportCommand : RelationsCmdlet
    {
        private const string DefaultFileName = "RelationsReport.html";

        private DateWindow window = DateWindow.Unbounded;
        private string target = string.Empty;

        /// <summary>The file to write; relative to the current location.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = DefaultFileName;

        [Parameter]
        [DateArgument]
        public string? From { get; set; }

        [Parameter]
        [DateArgument]
        public string? To { get; set; }

        /// <summary>Overwrites an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void BeginProcessing()
        {
            window = ParseWindow(From, To);
            target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            if (Directory.Exists(target))
            {
                Stop(new IOException($"Cannot write the report to '{target}': it is a folder. Give a file name, such as {System.IO.Path.Combine(target, DefaultFileName)}."), "ReportPathIsFolder", ErrorCategory.InvalidArgument);
            }

            if (File.Exists(target) && !Force)
            {
                Stop(new IOException($"The file '{target}' already exists. Use -Force to overwrite it."), "ReportFileExists", ErrorCategory.ResourceExists);
            }
        }

        protected override void EndProcessing()
        {
            if (!ShouldProcess(target, File.Exists(target) ? "Overwrite with a RelationsTools report" : "Write a RelationsTools report"))
            {
                return;
            }

            var folder = OpenDataFolder();
            var content = folder != null
                ? ReportContent.FromFolder(folder, window, Reporter)
                : ReportContent.FromData(LoadData(), window, "the bundled dataset");

            // Written beside the target and moved into place at the end, so a file problem that stops the
            // command midway leaves no half report (and an existing report as it was).
            string partial = target + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial";
            try
            {
                using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    HtmlReport.Write(writer, content);
                }

                if (File.Exists(target))
                {
                    File.Delete(target);
                }

                File.Move(partial, target);
            }
            catch (DataFileException e)
            {
                TryDelete(partial);
                ThrowTerminatingError(DataError(e));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                TryDelete(partial);
                Stop(e, "ReportFileUnwritable", ErrorCategory.WriteError);
            }

            WriteObject(new FileInfo(target));
        }

        private void Stop(Exception exception, string errorId, ErrorCategory category)
            => ThrowTerminatingError(new ErrorRecord(exception, errorId, category, target));

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Nothing more to do: the error that matters is the one being reported.
            }
        }
    }
}
