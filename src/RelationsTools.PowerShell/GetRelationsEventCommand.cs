using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsEvent: dated happenings, filtered by time, category, actor, source and keyword.</summary>
    [Cmdlet(VerbsCommon.Get, "RelationsEvent")]
    [OutputType(typeof(RelationsEvent))]
    public sealed class GetRelationsEventCommand : RelationsCmdlet
    {
        private readonly PipelineValues ids = new PipelineValues();
        private readonly PipelineValues actors = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();
        private DateWindow window = DateWindow.Unbounded;

        // Not bound from the pipeline by property name: sources, figures and claims have an Id of their own,
        // which is not an event's. A piped string is an id.
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EventIdCompleter))]
        public string[]? Id { get; set; }

        [Parameter]
        [DateArgument]
        public string? From { get; set; }

        [Parameter]
        [DateArgument]
        public string? To { get; set; }

        [Parameter]
        public SwitchParameter Within { get; set; }

        /// <summary>Only the events whose date certainly falls in the window (InWindow Certain), not those that only may.</summary>
        [Parameter]
        public SwitchParameter Certain { get; set; }

        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CategoryCompleter))]
        public string[]? Category { get; set; }

        /// <summary>Events naming any of these actors (with -AllActors, every one); binds the ActorId of piped actors.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ActorId")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ActorCompleter))]
        public string[]? Actor { get; set; }

        [Parameter]
        public SwitchParameter AllActors { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SourceIds")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Keyword { get; set; }

        /// <summary>Only what at least one document of these kinds states (NewsReport, Analysis ...); wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceKindCompleter))]
        public string[]? SourceKind { get; set; }

        /// <summary>Writes events in the order the files hold them, each as soon as it is read, instead of in time order.</summary>
        [Parameter]
        public SwitchParameter FileOrder { get; set; }

        protected override void Begin() => window = ParseWindow(From, To);

        protected override void Process()
        {
            ids.Add(Id ?? PipedString);
            actors.Add(Actor);
            sourceIds.Add(SourceId);
        }

        protected override void End()
        {
            if (PipedNothing(ids, actors, sourceIds))
            {
                return;
            }

            var query = new EventQuery(ids.Values, window, Within, Category, actors.Values, AllActors, sourceIds.Values, Keyword, Certain, SourceKind);
            WriteAll(query.Run(Data, Reporter, FileOrder));
        }
    }
}
