namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// What FB0051 says of each mistake in how a type reads YAML that exists (<c>files</c>, <c>layout</c>, <c>id</c>,
    /// <c>group</c>, <c>extra_fields</c>, <c>members</c>); the label is "type 'Type'".
    /// </summary>
    internal static class BindingProblems
    {
        public static string FilesNotPatterns(string label, string found) =>
            "'files' of " + label + " must be a file pattern or a list of them (e.g. files: \"gems/**/*.yml\"), not " + found;

        public static string TooManyPatterns(string label, int count, int max) =>
            "'files' of " + label + " lists " + count.ToString(CultureInfo.InvariantCulture) + " patterns, more than " +
            max.ToString(CultureInfo.InvariantCulture) + "; match folders with '**' (files: \"gems/**/*.yml\")";

        public static string PatternNotText(string label, string found) => "'files' of " + label + " must list file patterns, not " + found;

        public static string BadPattern(string pattern, string label, string problem) => "the file pattern '" + MessageText.Quote(pattern) + "' of " + label + " " + problem;

        public static string LayoutNeedsFiles(string layout, string label) => "'layout: " + layout + "' of " + label + " needs 'files': the files laid out that way";

        public static string IdNotAMapping(string label, string found) =>
            "'id' of " + label + " must be a mapping such as { from: field, field: name }, { from: key } or { from: path }, not " + found;

        public static string IdKey(string label, string key, string suggestion) => "'id' of " + label + " has the keys 'from' and 'field', not '" + MessageText.Quote(key) + "'" + suggestion;

        public static string FieldWithoutFromField(string label) => "'field' of 'id' of " + label + " only applies with 'from: field'";

        public static string IdSourceNeedsFiles(string from, string label) => "'id: { from: " + from + " }' of " + label + " needs 'files': the files its ids come from";

        public static string KeyNeedsMap(string label) => "'id: { from: key }' of " + label + " needs 'layout: map', where each entry is under its id";

        public static string PathNeedsRecord(string label) =>
            "'id: { from: path }' of " + label + " gives every entry of a file the same id; use it with 'layout: record' (one entry per file), or use 'from: position'";

        public static string FromFieldNeedsField(string label) => "'id: { from: field }' of " + label + " needs 'field': the field whose value is the id";

        public static string IdFieldNotRequiredSingle(string field, string label, string suggestion) =>
            "the id field '" + MessageText.Quote(field) + "' of " + label + " must be one of its required single-value fields" + suggestion;

        public static string AboveTheRoot(string label) =>
            "'files' of " + label + " goes above the file system's root with '../'; no file can be there";

        public static string RetiredNotWhen(string label, string found) =>
            "'retired' of " + label + " must name the field whose value retires an entry, as retired: { when: withdrawn }, not " + found;

        public static string RetiredWhenNotAField(string label, string name, string suggestion) =>
            "'retired: { when: " + name + " }' of " + label + " must name one of its fields with a single value and no default" + suggestion;

        public static string GroupsNeedGroup(string label) => "'layout: groups' of " + label + " needs 'group': the field that takes each group's key";

        public static string GroupWithoutGroups(string label) => "'group' of " + label + " only applies with 'layout: groups'";

        public static string GroupNotTextField(string label, string suggestion) => "'group' of " + label + " must name one of its text or enum fields" + suggestion;

        public static string MembersNotAMapping(string label, string found) =>
            "'members' of " + label + " must map ids to C# names (e.g. members: { \"c#\": CSharpLower }) or be 'none', not " + found;

        public static string MemberName(string id, string label) =>
            "the member name for the id '" + MessageText.Quote(id) + "' of " + label + " must be a C# name of letters, digits and '_', " +
            "not starting with a digit or a lowercase ASCII letter (e.g. CSharpLower), at most " +
            Identifiers.MaxNameLength.ToString(CultureInfo.InvariantCulture) + " characters";

        public static string AtWithoutIn(string key, string label) =>
            "'" + key + "' of " + label + " only applies with 'in': the type whose entries hold this one's (in: Category, at: items[])";

        public static string InNotAType(string label, string found, string suggestion) =>
            "'in' of " + label + " must name the type whose entries hold this one's, not " + found + suggestion;

        public static string InCycle(string label, string chain) =>
            "'in' of " + label + " goes round (" + chain + "): an entry cannot be held, however deep, by an entry of its own type";

        public static string InLeadsToCycle(string label, string container, string chain) =>
            "'in: " + container + "' of " + label + " leads to types that hold each other (" + chain + "); an entry cannot be held, however deep, by an entry of its own type";

        public static string InWithOwnFiles(string key, string label, string container) =>
            "'" + key + "' of " + label + " does not apply with 'in: " + container + "': its entries are read inside " + container + " entries, in their files and as they are laid out";

        public static string InNeedsAt(string label, string container) =>
            "'in: " + container + "' of " + label + " needs 'at': the way from a " + container + " entry down to these entries, such as at: items[]";

        public static string AtNotAPath(string label, string problem) =>
            "'at' of " + label + " must be a way down such as subcategories[].items[], and " + problem;

        public static string AtThroughAField(string label, string key, string container) =>
            "'at' of " + label + " starts with '" + key + "', which is a field of " + container + " or a key every entry has; the key that leads to held entries is theirs, not the holder's: remove the field, or hold the entries elsewhere";

        public static string ParentName(string label, string name, string problem) =>
            "the link '" + MessageText.Quote(name) + "' of " + label + " to the entry that holds it " + problem + "; name it with 'parent: <name>'";

        public static string KeyNeedsMapStep(string label) =>
            "'id: { from: key }' of " + label + " needs 'at' to end in '{}', where each entry is under its id (at: jobs{})";

        public static string PathIdInside(string label) =>
            "'id: { from: path }' of " + label + " would give every entry of a file one id; use 'from: position' (the holding entry's id and a number) or a field";

        public static string NotOneOf(string key, string label, IEnumerable<string> allowed, string given) =>
            key + " of " + label + " must be one of " + string.Join(", ", allowed) + ", not " + given;
    }
}
