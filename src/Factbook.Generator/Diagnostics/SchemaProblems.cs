namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// What FB0010 says of each mistake in a schema's own shape: the wording lives here, the readers name the
    /// mistake and give the facts (the label is "field 'x' of Type" or "type 'Type'").
    /// </summary>
    internal static class SchemaProblems
    {
        public static string NotAMapping(string found) => "a schema file must be a mapping with a 'types' key, not " + found;

        public static string TypesNotAMapping() => "'types' must be a mapping from type names to their declarations";

        public static string TypeNotAMapping(string typeName, string found) => "type '" + typeName + "' must be a mapping with its 'fields', not " + found;

        public static string FieldsNotAMapping(string typeName) => "'fields' of type '" + typeName + "' must be a mapping from field names to types";

        public static string DisplayNotATextField(string typeName, string suggestion) => "'display' of type '" + typeName + "' must name one of its text fields" + suggestion;

        public static string DescriptionNotText(string found) => "'description' must be text, not " + found;

        public static string NeedsType(string label) => label + " needs a 'type'";

        public static string ObjectNeedsFields(string label) => label + " is an object and needs 'fields'";

        public static string NotTrueOrFalse(string key, string label) => "'" + key + "' of " + label + " must be true or false";

        public static string UnionMemberUnreachable(string field, string member, string wider) =>
            "the field '" + field + "' could never take '" + member + "': a value is the first member that fits, and every " + member + " value fits '" + wider + "' before it; put '" + member + "' first";

        public static string UnionMemberNotAllowed(string field, string member, IEnumerable<string> objects) =>
            "the field '" + field + "' has '" + MessageText.Quote(member) + "' among its types: a union takes built-in kinds and at most one object declared under 'objects'" +
            (objects.Any() ? " (" + string.Join(", ", objects) + ")" : string.Empty);

        public static string UnionMemberNamedLikeItsPlumbing(string field, string member) =>
            "the field '" + field + "' has the type '" + member + "', whose name its union type has already (Kind, Match, Value…); rename the object";

        public static string UnionOfTwoObjects(string field, string first, string second) =>
            "the field '" + field + "' has two objects among its types, '" + first + "' and '" + second + "': a mapping could be either, so a union takes at most one object";

        public static string UnionCasesCollide(string field, IEnumerable<string> members, string caseName) =>
            "the field '" + field + "' has the types " + string.Join(" and ", members.Select(member => "'" + member + "'")) + ", which would both be the case '" + caseName + "'; rename the object";

        public static string UnionNamedLikeACase(string field, string union, string member) =>
            "the union type of the field '" + field + "' would be named '" + union + "', like its case for '" + member + "'; give the union another name with 'name:'";

        public static string UnionNeedsTwo(string field) =>
            "the field '" + field + "' lists its types: a union needs two or more different ones";

        public static string ObjectsNotAMapping(string found) =>
            "'objects' must map object type names to their fields (objects: { Related: { fields: { url: url } } }), not " + found;

        public static string ObjectUsedBeforeItIsDeclared(string field, string name) =>
            "the field '" + field + "' uses the object '" + name + "', which is not declared before the object that holds it: an object may use the objects declared before it, never itself or a later one";

        public static string UsesBrokenObject(string field, string name) =>
            "the field '" + field + "' uses the object '" + name + "', which has an error of its own";

        public static string SharedObjectWithFields(string label, string name) =>
            "'fields' of " + label + " are those of the object '" + name + "', declared under 'objects'; remove them here";

        public static string MapOfMany(string field, string type) =>
            "the field '" + field + "' has the type '" + MessageText.Quote(type) + "': a map's values are single values (map<string>, map<object> with fields), and a map is not in a list; for more levels, use object fields";

        public static string MapOfReferences(string field, string target) =>
            "the field '" + field + "' is a map of " + target + " references, which is not supported; use a list of them (\"" + target + "[]\") or a map of objects with a reference field";

        public static string UniqueOfWrongField(string label) =>
            "'unique' of " + label + " only applies to a single value of a built-in kind or an enum, on an entry type's own field";

        public static string BadTypeName(string label, string found) =>
            "'name' of " + label + " must be a PascalCase type name of ASCII letters and digits (Audit), not " + found;

        public static string UniqueWithDefault(string label) =>
            "'default' of " + label + " would give every entry that leaves the field out the same value, which 'unique: true' refuses";

        public static string UniqueAndIndex(string label) =>
            "'index' of " + label + " is not needed beside 'unique: true', which gives the lookup of the one entry with a value";

        public static string BooleansNotYaml11(string label, string found) =>
            "'booleans' of " + label + " can only be 'yaml1.1' (yes, no, on and off are then booleans), not " + found;

        public static string BadValuePattern(string label, string problem) => "'pattern' of " + label + " " + problem;

        public static string OnlyForKind(string key, string label, string kind) => "'" + key + "' of " + label + " only applies to fields of type " + kind;

        public static string IndexOfWrongKind(string label, bool isReference) =>
            "'index' of " + label + " only applies to fields of a built-in kind or an enum" + (isReference ? "; a reference has its reverse lookup (By…) already" : string.Empty);

        public static string RequiredWhenShape(string label, string found) =>
            "'required_when' of " + label + " must name one field beside it and its value, as required_when: { status: checked }, not " + found;

        public static string RequiredWhenWithDefault(string fieldName, string ownerName) =>
            "'required_when' of field '" + fieldName + "' of " + ownerName + " can never apply: the field has a default, so it always has a value; remove one of them";

        public static string RequiredWhenOnRequired(string label) => "'required_when' of " + label + " applies to optional fields; this one is required always";

        public static string RequiredWhenSibling(string fieldName, string ownerName, string sibling, string value, string hint) =>
            "'required_when: { " + sibling + ": " + value + " }' of field '" + fieldName + "' of " + ownerName + " must name a single enum field beside it and one of its values" + hint;

        public static string VerbatimOnText(string label) => "'verbatim_in' of " + label + " only applies to fields of type string or string[]";

        public static string VerbatimNotAName(string label) => "'verbatim_in' of " + label + " must name a reference field beside it, whose entry names the text file, or a file field of its own entry";

        /// <param name="sibling">What the named field is: null when there is none, "a list", or "not a reference".</param>
        public static string VerbatimSibling(string fieldName, string ownerName, string siblingName, string? sibling, string suggestion) =>
            "'verbatim_in' of field '" + fieldName + "' of " + ownerName + " must name a single reference or file field beside it (in a nested object, or of its entry), " +
            (sibling is null ? "and " + ownerName + " has no field '" + MessageText.Quote(siblingName) + "'" : "and '" + siblingName + "' is " + sibling) +
            suggestion;

        public static string VerbatimTextField(string fieldName, string ownerName, string verbatimIn, string targetName, string textField) =>
            "'verbatim_in: " + MessageText.Quote(verbatimIn) + "' of field '" + fieldName + "' of " + ownerName + " names '" + textField + "' of " + targetName + ", which must be one of its single text fields";

        public static string VerbatimTarget(string fieldName, string ownerName, string siblingName, string targetName, IReadOnlyList<string> fileFields) =>
            "'verbatim_in' of field '" + fieldName + "' of " + ownerName + " names '" + siblingName + "', a " + targetName + ", and " + targetName +
            (fileFields.Count == 0
                ? " has no field of type file to name its text: add one, as in 'text: { type: file }'"
                : " has " + fileFields.Count.ToString(CultureInfo.InvariantCulture) + " fields of type file (" + string.Join(", ", fileFields) + "), so which text to check is not known");
    }
}
