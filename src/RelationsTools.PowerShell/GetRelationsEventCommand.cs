using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsEvent: dated happenings, filtered by time, category, actor, source and keyword.</summary>
    /// <remarks>
    /// What a piped object names, by its properties: an event (or a row of its CSV export, or any object with an
    /// Id) names itself; an actor (ActorId) the events naming it; a source or a claim (SourceId) the events its
    /// source states; a string is an id (the parameter sets are explained on <see cref="RelationsCmdlet"/>).
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "RelationsEvent", DefaultParameterSetName = ReferringSet)]
    [OutputType(typeof(RelationsEvent))]
    public sealed class GetRelationsEventCommand : RelationsCmdlet
    {
        private const string ReferringSet = "Referring";
        private const string IdSet = "Id";

        private readonly PipelineValues ids = new PipelineValues();
        private readonly PipelineValues actors = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();
        private DateWindow window = DateWindow.Unbounded;

        /// <summary>Event id patterns; binds a piped string and the Id of piped events.</summary>
        [Parameter(Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EventIdCompleter))]
        public string[]? Id { get; set; }

        [Parameter]
        [DateArgument]
        [ArgumentCompleter(typeof(DateCompleter))]
        public string? From { get; set; }

        [Parameter]
        [DateArgument]
        [ArgumentCompleter(typeof(DateCompleter))]
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
        [Parameter(ParameterSetName = ReferringSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = IdSet)]
        [Alias("ActorId")]
        [SupportsWildcards]
        [ListArgument]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ActorCompleter))]
        public string[]? Actor { get; set; }

        [Parameter]
        public SwitchParameter AllActors { get; set; }

        /// <summary>Events stated by any of these sources; binds the SourceId of piped sources and claims (not an event's SourceIds: a piped event names itself).</summary>
        [Parameter(ParameterSetName = ReferringSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = IdSet)]
        [SupportsWildcards]
        [ListArgument]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        /// <summary>Words and "quoted phrases" found in the title or summary (see KeywordSearch); wildcards are allowed inside them.</summary>
        [Parameter]
        [SupportsWildcards]
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
            ids.Add(Id);
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
