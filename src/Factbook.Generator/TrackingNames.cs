namespace Factbook.Generator
{
    /// <summary>Names of pipeline steps, so tests can assert what ran and what was cached.</summary>
    internal static class TrackingNames
    {
        public const string SchemaFiles = nameof(SchemaFiles);
        public const string ContentFiles = nameof(ContentFiles);
        public const string Schema = nameof(Schema);
        public const string FileKeys = nameof(FileKeys);
        public const string Index = nameof(Index);
        public const string BoundFiles = nameof(BoundFiles);
        public const string Content = nameof(Content);
        public const string Options = nameof(Options);
        public const string Limits = nameof(Limits);
        public const string Collections = nameof(Collections);
        public const string Shapes = nameof(Shapes);
        public const string Objects = nameof(Objects);
        public const string Members = nameof(Members);
        public const string Tables = nameof(Tables);
        public const string HasTypes = nameof(HasTypes);
        public const string NoContent = nameof(NoContent);
        public const string Documents = nameof(Documents);
        public const string SourceTexts = nameof(SourceTexts);
        public const string Verbatim = nameof(Verbatim);
        public const string UnmatchedPatterns = nameof(UnmatchedPatterns);
    }
}
