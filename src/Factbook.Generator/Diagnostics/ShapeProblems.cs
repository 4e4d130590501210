namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// The arguments of FB0030 ("{0} expects {1}, but here is {2}{3}") for each place a value can have the wrong
    /// shape; <c>found</c> is the node as YAML describes it ("a list of 2 items").
    /// </summary>
    internal static class ShapeProblems
    {
        private const string RetiredForms = "a reason, or a mapping with 'reason' and 'superseded_by'";

        public static string[] FieldNotAList(string field, string found, string hint) => new[] { "The field '" + field + "'", "a list", found, hint };

        public static string[] FieldNotAMap(string field, string found) => new[] { "The field '" + field + "'", "a mapping of names to values", found, string.Empty };

        public static string[] FieldNotAnObject(string field, string found) => new[] { "The field '" + field + "'", "a mapping of its fields", found, string.Empty };

        public static string[] FieldNotAValue(string field, string expectation, string found) => new[] { "The field '" + field + "'", expectation, found, string.Empty };

        /// <summary>A YAML 1.1 boolean other than true and false ("yes", "Off"), which other tools read as a flag.</summary>
        public static string[] RetiredOtherBoolean(string found) => new[] { "'retired'", "true, false, " + RetiredForms, found, "; write true or false in lowercase" };

        public static string[] RetiredNotAValue(string found) => new[] { "'retired'", "true, " + RetiredForms, found, string.Empty };

        public static string[] RetiredPart(string part, bool isReason, string found) => new[] { "'" + part + "' of 'retired'", isReason ? "text" : "the id of an entry", found, string.Empty };

        public static string[] EntryNotAMapping(string collection, string found) => new[] { "An entry of '" + collection + "'", "a mapping of fields", found, string.Empty };

        public static string[] MapEntryNotAMapping(string key, string collection, string found) => new[] { "The entry '" + MessageText.Quote(key) + "' of '" + collection + "'", "a mapping of fields", found, string.Empty };

        public static string[] HeldEntryNotAMapping(string collection, string at, string found) => new[] { "An entry of '" + collection + "' (at: " + at + ")", "a mapping of fields", found, string.Empty };

        public static string[] WayDownNotAMapping(string key, string collection, string at, string found) =>
            new[] { "The way down to '" + collection + "' (at: " + at + ")", "a mapping with the key '" + MessageText.Quote(key) + "'", found, "; the entries below it are not read" };

        public static string[] WayDownNotA(string key, string expected, string collection, string at, string found) =>
            new[] { "'" + MessageText.Quote(key) + "' on the way down to '" + collection + "' (at: " + at + ")", expected, found, "; the entries below it are not read" };

        public static string[] CollectionNotAList(string collection, string found) => new[] { "The collection '" + collection + "'", "a list of entries", found, string.Empty };

        public static string[] GroupNotAList(string key, string collection, string found) => new[] { "The group '" + MessageText.Quote(key) + "' of '" + collection + "'", "a list of entries", found, string.Empty };

        public static string[] FileOfNoLayout(string collection, string found) =>
            new[] { "A file of '" + collection + "'", "a list of entries, a map from ids to entries, or one entry", found, "; state the layout in the schema (layout: list, map, record or groups)" };

        public static string[] FileNotInLayout(string collection, string expectation, string found) => new[] { "A file of '" + collection + "'", expectation, found, string.Empty };
    }
}
