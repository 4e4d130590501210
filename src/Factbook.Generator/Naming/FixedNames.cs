namespace Factbook.Generator.Naming
{
    /// <summary>
    /// The names every generated collection class has, and the private constants the string-id analyzer reads
    /// back from it. The emitters write them, the analyzer and the code fix look for them: this file is
    /// shared as source with the code fix, so all three read one spelling.
    /// </summary>
    internal static class FixedNames
    {
        /// <summary>The tool named in every generated type's <c>[GeneratedCode]</c>, by which the analyzer knows them.</summary>
        public const string ToolName = "Factbook";

        public const string All = "All";
        public const string AllIncludingRetired = "AllIncludingRetired";
        public const string Count = "Count";
        public const string Get = "Get";
        public const string TryGet = "TryGet";

        /// <summary>The parameter of <c>Get(string id)</c> and <c>TryGet(string id, out …)</c>.</summary>
        public const string IdParameter = "id";

        /// <summary>A collection class's id list, one id per line.</summary>
        public const string IdsConstant = "ids";

        /// <summary>A collection class's ids left out for a problem, one per line.</summary>
        public const string IdsWithProblemsConstant = "idsWithProblems";

        /// <summary>A collection class's collection, as content names it.</summary>
        public const string CollectionNameConstant = "collectionName";

        /// <summary>A <c>[PlaceRef]</c> attribute class's collection class.</summary>
        public const string CollectionClassConstant = "collectionClass";

        /// <summary>The id of the analyzer's diagnostic, which the code fix fixes.</summary>
        public const string UnknownIdInCodeId = "FB0040";

        /// <summary>The diagnostic property that carries the closest id.</summary>
        public const string SuggestionProperty = "Suggestion";

        /// <summary>The diagnostic property that carries the generated member of the suggested id (<c>CSharp</c> for <c>C#</c>).</summary>
        public const string MemberProperty = "Member";
    }
}
