using System.Management.Automation;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    /// <summary>What every RelationsTools cmdlet shares: getting the data, and turning its problems into ErrorRecords.</summary>
    public abstract class RelationsCmdlet : PSCmdlet
    {
        /// <summary>The bundled dataset; a broken data file stops the command with the file, line and field named.</summary>
        protected RelationsData LoadData()
        {
            try
            {
                return RelationsData.Bundled;
            }
            catch (DataFileException e)
            {
                ThrowTerminatingError(DataError(e));
                throw; // not reached: ThrowTerminatingError always throws
            }
        }

        protected static ErrorRecord DataError(DataFileException e)
        {
            var category = e.ErrorId == DataErrorIds.DataFolderNotFound || e.ErrorId == DataErrorIds.DataFileUnreadable
                ? ErrorCategory.ReadError
                : ErrorCategory.InvalidData;
            return new ErrorRecord(e, e.ErrorId, category, e.FilePath);
        }

        /// <summary>The error Get-Item writes for a plain name that matches nothing.</summary>
        protected void WriteNotFound(string errorId, string what, string name)
        {
            var exception = new ItemNotFoundException($"Cannot find {what} '{name}'. Use a wildcard pattern or omit the name to list what exists.");
            WriteError(new ErrorRecord(exception, errorId, ErrorCategory.ObjectNotFound, name));
        }
    }
}
