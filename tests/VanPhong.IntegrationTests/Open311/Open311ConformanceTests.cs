using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using static VanPhong.IntegrationTests.Open311.Open311Session;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Open311;

/// <summary>
/// The Open311 facade against the GeoReport v2 specification (open311/open311.github.io, GeoReport/v2/index.md and
/// Service_Discovery.md), case by case, through the gateway: each test quotes the section it checks.
/// </summary>
public sealed class Open311ConformanceTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>, IDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Service_discovery_is_offered_as_xml_and_json_with_every_field()
    {
        // Service Discovery §Base URL: "This url must end in /discovery.<format>"; "Format must be both: xml, json".
        // §Fields for All Versions: "All fields are required."
        var xml = await XmlAsync(await P.Anonymous.GetAsync($"{RoutePrefixes.PublicOpen311}/discovery.xml", _ct));
        var discovery = xml.Root!;
        Assert.Equal("discovery", discovery.Name.LocalName);
        foreach (var field in new[] { "changeset", "contact", "key_service" })
        {
            Assert.False(string.IsNullOrWhiteSpace(discovery.Element(field)?.Value), field);
        }

        var endpoint = discovery.Element("endpoints")!.Elements("endpoint").Single();
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
        Assert.Equal("production", endpoint.Element("type")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(endpoint.Element("changeset")!.Value));
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
        var url = new Uri(endpoint.Element("url")!.Value);
        Assert.EndsWith(Base, url.AbsolutePath);

        // The endpoint named is the one that answers.
        Assert.Equal(HttpStatusCode.OK, (await P.Anonymous.GetAsync(url.AbsolutePath + "/services.xml", _ct)).StatusCode);

        var json = await JsonAsync(await P.Anonymous.GetAsync($"{RoutePrefixes.PublicOpen311}/discovery.json", _ct));
        Assert.Equal(discovery.Element("changeset")!.Value, json.GetProperty("changeset").GetString());
        var jsonEndpoint = json.GetProperty("endpoints").EnumerateArray().Single();
        Assert.Equal(["text/xml", "application/json"], jsonEndpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(url.ToString(), new Uri(jsonEndpoint.GetProperty("url").GetString()!).ToString());
    }

    [Fact]
    public async Task Answers_are_utf8_with_the_declared_content_types()
    {
        // §Format Support: "XML: Content-Type: text/xml; charset=utf-8", "JSON: Content-Type: application/json; charset=utf-8".
        // §Encoding: "the root element must be preceded with the XML declaration including the encoding="UTF-8" attribute".
        var xml = await P.Anonymous.GetAsync($"{Base}/services.xml", _ct);
        Assert.Equal(("text/xml", "utf-8"), (xml.Content.Headers.ContentType!.MediaType, xml.Content.Headers.ContentType.CharSet));
        var text = await xml.Content.ReadAsStringAsync(_ct);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        Assert.Contains("Quy định hành chính không phù hợp với thực tế", text);

        var json = await P.Anonymous.GetAsync($"{Base}/services.json", _ct);
        Assert.Equal(("application/json", "utf-8"), (json.Content.Headers.ContentType!.MediaType, json.Content.Headers.ContentType.CharSet));

        // §XML Support: "schemaless and without a namespace declaration".
        Assert.Equal(XNamespace.None, XDocument.Parse(text).Root!.Name.Namespace);
    }

    [Fact]
    public async Task The_service_list_names_every_field_in_both_formats()
    {
        // §GET Service List, Response: services ⇊ service ↴ service_code, service_name, description, metadata, type, keywords, group.
        string[] fields = ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"];
        var xml = await XmlAsync(await P.Anonymous.GetAsync($"{Base}/services.xml", _ct));
        Assert.Equal("services", xml.Root!.Name.LocalName);
        var services = xml.Root.Elements("service").ToList();
        Assert.Equal(8, services.Count);
        Assert.All(services, s =>
        {
            Assert.Equal(fields, s.Elements().Select(e => e.Name.LocalName));
            // "metadata: true: This service request type requires additional metadata" — every service asks for consent.
            Assert.Equal("true", s.Element("metadata")!.Value);
            // "type: realtime: The service request ID will be returned immediately after the service request is submitted."
            Assert.Equal("realtime", s.Element("type")!.Value);
        });

        var json = await JsonAsync(await P.Anonymous.GetAsync($"{Base}/services.json", _ct));
        Assert.Equal(services.Select(s => s.Element("service_code")!.Value), json.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()));
        Assert.All(json.EnumerateArray(), s => Assert.Equal(fields, s.EnumerateObject().Select(p => p.Name)));
        Assert.True(json[0].GetProperty("metadata").GetBoolean());
    }

    [Fact]
    public async Task A_service_definition_lists_its_attributes_with_the_specified_fields()
    {
        // §GET Service Definition, Response: service_definition ↴ service_code, attributes ⇊ attribute ↴ variable, code,
        // datatype, required, datatype_description, order, description, values ⇊ value ↴ key, name.
        var xml = await XmlAsync(await P.Anonymous.GetAsync($"{Base}/services/implementation-difficulty.xml?jurisdiction_id={Jurisdiction}", _ct));
        Assert.Equal("service_definition", xml.Root!.Name.LocalName);
        Assert.Equal("implementation-difficulty", xml.Root.Element("service_code")!.Value);
        var attributes = xml.Root.Element("attributes")!.Elements("attribute").ToList();
        Assert.All(attributes, a =>
        {
            Assert.Equal(["variable", "code", "datatype", "required", "datatype_description", "order", "description"], a.Elements().Select(e => e.Name.LocalName).Take(7));
            // "datatype … Options: string, number, datetime, text, singlevaluelist, multivaluelist."
            Assert.Contains(a.Element("datatype")!.Value, new[] { "string", "number", "datetime", "text", "singlevaluelist", "multivaluelist" });
            Assert.Contains(a.Element("required")!.Value, new[] { "true", "false" });
        });
        // "order: Any positive integer not used for other attributes in the same service_code".
        var orders = attributes.Select(a => int.Parse(a.Element("order")!.Value)).ToList();
        Assert.All(orders, o => Assert.True(o > 0));
        Assert.Equal(orders.Count, orders.Distinct().Count());

        XElement Attribute(string code) => attributes.Single(a => a.Element("code")!.Value == code);
        // The consent Open311 has no field for: a required single-value list.
        Assert.Equal(("singlevaluelist", "true"), (Attribute("consent").Element("datatype")!.Value, Attribute("consent").Element("required")!.Value));
        Assert.Equal(["true"], Attribute("consent").Element("values")!.Elements("value").Select(v => v.Element("key")!.Value));
        Assert.Equal("multivaluelist", Attribute("problems").Element("datatype")!.Value);
        Assert.Equal(["key", "name"], Attribute("problems").Element("values")!.Elements("value").First().Elements().Select(e => e.Name.LocalName));
        // "variable: false means the attribute is only used to present information to the user".
        Assert.Equal("false", Attribute("language").Element("variable")!.Value);

        // A category that needs more asks for it.
        var treaty = await JsonAsync(await P.Anonymous.GetAsync($"{Base}/services/treaty-conflict.json", _ct));
        var required = treaty.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "treaty");
        Assert.True(required.GetProperty("required").GetBoolean());
        Assert.True(required.GetProperty("variable").GetBoolean());
        Assert.Equal(JsonValueKind.Number, required.GetProperty("order").ValueKind);

        // §GET Service Definition, Possible Errors: "404 - service_code or jurisdiction_id provided were not found".
        var unknown = await P.Anonymous.GetAsync($"{Base}/services/pothole.xml", _ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var error = (await XmlAsync(unknown)).Root!;
        Assert.Equal(("errors", "404"), (error.Name.LocalName, error.Element("error")!.Element("code")!.Value));
    }

    [Fact]
    public async Task Posting_without_a_valid_api_key_is_a_403_error_array_and_stores_nothing()
    {
        // §POST Service Request: "Requires API Key: Yes". §Errors: "403 - Missing or Invalid API Key (specify in error
        // message)"; "HTTP error codes should always be … 403 for errors because of wrong or missing api_key".
        var before = await CountAsync();
        var missing = await PostAsync(P, Form(), "xml", withKey: false);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        var xml = (await XmlAsync(missing)).Root!;
        Assert.Equal("errors", xml.Name.LocalName);
        var error = xml.Elements("error").Single();
        Assert.Equal(["code", "description"], error.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("403", error.Element("code")!.Value);
        Assert.Contains("api_key", error.Element("description")!.Value);

        var invalid = await PostAsync(P, Form(change: f => f["api_key"] = "o311-khong-phai-khoa-that"));
        Assert.Equal(HttpStatusCode.Forbidden, invalid.StatusCode);
        var json = await JsonAsync(invalid);
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(403, json[0].GetProperty("code").GetInt32());

        // A key the administrator revoked no longer posts.
        var admin = await P.ClientForAsync(TestUsers.Admin);
        var issued = await (await admin.PostAsJsonAsync($"{RoutePrefixes.Feedback}/open311/keys", new { application = "Ứng dụng sẽ bị thu hồi" }, _ct)).Content.ReadFromJsonAsync<JsonElement>(_ct);
        var key = issued.GetProperty("key").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(P, Form(change: f => f["api_key"] = key))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{RoutePrefixes.Feedback}/open311/keys/{issued.GetProperty("id").GetGuid()}", _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(P, Form(change: f => f["api_key"] = key))).StatusCode);
        Assert.Equal(before + 1, await CountAsync());

        // The list shows the key's prefix and its revocation, never the key.
        var listed = await admin.GetStringAsync($"{RoutePrefixes.Feedback}/open311/keys", _ct);
        Assert.DoesNotContain(key, listed);
        Assert.Contains(key[..9], listed);

        // GET needs no key: §GET Service Requests "Requires API Key: No".
        Assert.Equal(HttpStatusCode.OK, (await P.Anonymous.GetAsync($"{Base}/requests.xml", _ct)).StatusCode);
    }

    [Fact]
    public async Task A_posted_request_answers_its_id_notice_and_account_in_xml()
    {
        // §POST Service Request, Response: service_requests ⇊ request ↴ service_request_id ("should not be returned if
        // token is returned"), token, service_notice, account_id. The example request carries every optional argument.
        var form = Form(change: f =>
        {
            f["jurisdiction_id"] = Jurisdiction;
            f["lat"] = "12.6535";
            f["long"] = "109.3124";
            f["device_id"] = "tt222111";
            f["account_id"] = "123456";
            f["media_url"] = "https://example.vn/anh/ho-so.jpg";
        });
        var response = await PostAsync(P, form, "xml");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var root = (await XmlAsync(response)).Root!;
        Assert.Equal("service_requests", root.Name.LocalName);
        var request = root.Elements("request").Single();
        Assert.Matches(@"^PAKN-\d{4}-\d{6}$", request.Element("service_request_id")!.Value);
        Assert.Null(request.Element("token"));
        Assert.Contains("Khóa tra cứu", request.Element("service_notice")!.Value);
        Assert.Equal("123456", request.Element("account_id")!.Value);

        // It went through the same intake as the public form: received, with the media link kept for the staff.
        var stored = await P.Feedback.QueryAsync<FeedbackDb, FeedbackCase>(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == request.Element("service_request_id")!.Value));
        Assert.Equal((FeedbackStatus.Received, FeedbackChannel.Online, "https://example.vn/anh/ho-so.jpg"), (stored.Status, stored.Channel, stored.MediaUrl));
        Assert.Equal("27 Yersin, phường Nha Trang, tỉnh Khánh Hòa", stored.Submitter.Address);
        Assert.NotNull(stored.Open311KeyId);

        // The staff see where and the media link; the public does not until publication.
        var staff = await (await P.ClientForAsync(TestUsers.Office)).GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{stored.Id}", _ct);
        Assert.Equal(12.6535, staff.GetProperty("location").GetProperty("latitude").GetDouble());
        Assert.Equal("https://example.vn/anh/ho-so.jpg", staff.GetProperty("mediaUrl").GetString());
    }

    [Theory]
    [InlineData("no location at all", "", "", "", "")]
    [InlineData("lat without long", "12.65", "", "", "")]
    [InlineData("a latitude past the pole", "91", "109.3", "", "")]
    [InlineData("a longitude past the antimeridian", "12.65", "-181", "", "")]
    [InlineData("a latitude that is not a number", "mười hai", "109.3", "", "")]
    [InlineData("address_id alone, which the Board has no register for", "", "", "", "545483")]
    public async Task A_request_without_a_full_location_is_a_400(string why, string lat, string lon, string address, string addressId)
    {
        // §POST Service Request, Required Arguments: "location parameter: A full location parameter must be submitted.
        // One of lat & long or address_string or address_id"; lat: "lat & long both need to be sent"; WGS84 degrees.
        var before = await CountAsync();
        var response = await PostAsync(P, Form(change: f =>
        {
            f.Remove("address_string");
            foreach (var (name, value) in new[] { ("lat", lat), ("long", lon), ("address_string", address), ("address_id", addressId) }.Where(p => p.Item2 != ""))
            {
                f[name] = value;
            }
        }));
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, why);
        Assert.Equal(400, (await JsonAsync(response))[0].GetProperty("code").GetInt32());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Lat_and_long_alone_or_address_string_alone_are_a_full_location()
    {
        // §POST Service Request: "lat & long are required if no address_string or address_id is provided";
        // "address_string … is required if no lat/long or address_id are provided".
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(P, Form(change: f =>
        {
            f.Remove("address_string");
            f["lat"] = "12.6535";
            f["long"] = "109.3124";
        }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(P, Form())).StatusCode);
    }

    [Fact]
    public async Task Attributes_are_checked_against_the_service_definition()
    {
        // §POST Service Request, attribute: "attribute[code]=value … multiple values for the same code in the case of a
        // multivaluelist datatype (attribute[code1][]=value1&attribute[code1][]=value2)"; "This is only required if the
        // service_code requires a service definition with required fields".
        var before = await CountAsync();
        async Task<string> RefusedAsync(Dictionary<string, string> form)
        {
            var response = await PostAsync(P, form);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return string.Join(" | ", (await JsonAsync(response)).EnumerateArray().Select(e => e.GetProperty("description").GetString()));
        }

        Assert.Contains("attribute[consent]", await RefusedAsync(Form(change: f => f.Remove("attribute[consent]"))));
        Assert.Contains("attribute[consent]", await RefusedAsync(Form(change: f => f["attribute[consent]"] = "false")));
        Assert.Contains("attribute[submitter_address]", await RefusedAsync(Form(change: f => f.Remove("attribute[submitter_address]"))));
        Assert.Contains("attribute[treaty]", await RefusedAsync(Form("treaty-conflict")));
        Assert.Contains("attribute[kind]", await RefusedAsync(Form(change: f => f["attribute[kind]"] = "Complaint")));
        Assert.Contains("attribute[waiting_working_days]", await RefusedAsync(Form(change: f => f["attribute[waiting_working_days]"] = "mười hai")));
        Assert.Contains("attribute[occurred_at]", await RefusedAsync(Form(change: f => f["attribute[occurred_at]"] = "20/11/2026")));
        Assert.Contains("attribute[colour]", await RefusedAsync(Form(change: f => f["attribute[colour]"] = "đỏ")));
        Assert.Equal(before, await CountAsync());

        var pairs = new List<KeyValuePair<string, string>>(Form(change: f =>
        {
            f["attribute[waiting_working_days]"] = "12";
            f["attribute[occurred_at]"] = "2026-11-20T09:00:00+07:00";
        }))
        {
            new("attribute[problems][]", "delay"),
            new("attribute[problems][]", "harassment"),
            new("api_key", await KeyAsync(P)),
        };
        var created = await P.Anonymous.PostAsync($"{Base}/requests.json", new FormUrlEncodedContent(pairs), _ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created))[0].GetProperty("service_request_id").GetString();
        var content = await P.Feedback.QueryAsync<FeedbackDb, string>(db => db.Cases.Where(c => c.TrackingCode == id).Select(c => c.Content).SingleAsync());
        Assert.Contains("Vướng mắc: Chậm trễ, Gây phiền hà", content);
        Assert.Contains("Số ngày làm việc đã chờ: 12", content);

        var treaty = await PostAsync(P, Form("treaty-conflict", f => f["attribute[treaty]"] = "Hiệp định CPTPP, Chương 9"));
        Assert.Equal(HttpStatusCode.Created, treaty.StatusCode);
    }

    [Fact]
    public async Task The_jurisdiction_is_the_boards_and_another_is_a_404()
    {
        // §Definitions, jurisdiction_id: "Implementations can ignore this parameter and treat it as an Optional Argument if
        // the implementation only serves one jurisdiction". §Optional Arguments: "the response should be the same whether
        // a parameter is passed and is empty or is not passed at all". Possible Errors: "404 - jurisdiction_id provided was not found".
        var plain = await P.Anonymous.GetStringAsync($"{Base}/services.json", _ct);
        Assert.Equal(plain, await P.Anonymous.GetStringAsync($"{Base}/services.json?jurisdiction_id=", _ct));
        Assert.Equal(plain, await P.Anonymous.GetStringAsync($"{Base}/services.json?jurisdiction_id={Jurisdiction}", _ct));

        foreach (var url in new[] { "services.xml", "services/unlawful.xml", "requests.xml", "requests/PAKN-2026-000001.xml", "tokens/123.xml" })
        {
            var wrong = await P.Anonymous.GetAsync($"{Base}/{url}?jurisdiction_id=sfgov.org", _ct);
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
            var error = (await XmlAsync(wrong)).Root!.Element("error")!;
            Assert.Contains("sfgov.org", error.Element("description")!.Value);
        }

        var before = await CountAsync();
        var post = await PostAsync(P, Form(change: f => f["jurisdiction_id"] = "sfgov.org"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await CountAsync());
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(P, Form(change: f => f["jurisdiction_id"] = Jurisdiction))).StatusCode);
    }

    [Fact]
    public async Task Errors_are_the_specified_array_with_its_status_codes()
    {
        // §Errors: "404 for resources that don't exist … basically 400 for any other error"; "Multiple errors codes and
        // descriptions can be returned in the body (the response is an array)". Never a 5xx on bad input.
        var unknownRequest = await P.Anonymous.GetAsync($"{Base}/requests/PAKN-1999-000001.json", _ct);
        Assert.Equal(HttpStatusCode.NotFound, unknownRequest.StatusCode);
        Assert.Equal(404, (await JsonAsync(unknownRequest))[0].GetProperty("code").GetInt32());

        // §POST Service Request, Possible Errors: "400 - service_code … was not provided", "404 - service_code … was not found".
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(P, Form(change: f => f.Remove("service_code")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(P, Form("pothole"))).StatusCode);

        var several = await PostAsync(P, Form(change: f =>
        {
            f.Remove("attribute[consent]");
            f["lat"] = "200";
            f["long"] = "109.3";
        }), "xml");
        Assert.Equal(HttpStatusCode.BadRequest, several.StatusCode);
        var errors = (await XmlAsync(several)).Root!.Elements("error").ToList();
        Assert.True(errors.Count >= 2);
        Assert.All(errors, e => Assert.Equal("400", e.Element("code")!.Value));

        // §GET service_request_id from a token: every service is realtime, so no token exists.
        Assert.Equal(HttpStatusCode.NotFound, (await P.Anonymous.GetAsync($"{Base}/tokens/12345.json", _ct)).StatusCode);
        // A format the discovery document does not list.
        Assert.Equal(HttpStatusCode.NotFound, (await P.Anonymous.GetAsync($"{Base}/services.csv", _ct)).StatusCode);
    }

    [Fact]
    public async Task Dates_are_w3_and_the_window_is_ninety_days_by_default()
    {
        // §GET Service Requests, start_date/end_date: "may not span more than 90 days"; "When not specified, the range
        // defaults to most recent 90 days. Must use w3 format". §Date/time format: "Timezone information … must be included".
        var early = await AtAsync(new DateTimeOffset(2024, 3, 1, 9, 0, 0, Vietnam));
        var middle = await AtAsync(new DateTimeOffset(2024, 5, 1, 9, 0, 0, Vietnam));
        var late = await AtAsync(new DateTimeOffset(2024, 8, 15, 9, 0, 0, Vietnam));

        async Task<List<string>> IdsAsync(string query)
        {
            var response = await P.Anonymous.GetAsync($"{Base}/requests.json?{query}", _ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(_ct)}");
            return (await JsonAsync(response)).EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).ToList();
        }

        // Now is 15/08/2024: the most recent 90 days hold the late one only.
        var recent = await IdsAsync("");
        Assert.Contains(late, recent);
        Assert.DoesNotContain(middle, recent);
        Assert.DoesNotContain(early, recent);

        var march = await IdsAsync("start_date=2024-02-20T00:00:00Z&end_date=2024-03-10T00:00:00%2B07:00");
        Assert.Equal([early], march.Intersect([early, middle, late]));

        // One date alone: ninety days from it.
        var fromApril = await IdsAsync("start_date=2024-04-25T00:00:00Z");
        Assert.Equal([middle], fromApril.Intersect([early, middle, late]));
        var untilMay = await IdsAsync("end_date=2024-05-02T00:00:00Z");
        Assert.Equal([middle, early], untilMay.Intersect([early, middle, late]));

        // requested_datetime is w3 with its offset.
        var request = await RequestAsync(P, early);
        Assert.Equal("2024-03-01T09:00:00+07:00", request.GetProperty("requested_datetime").GetString());

        foreach (var bad in new[] { "start_date=2024-01-01T00:00:00Z&end_date=2024-06-01T00:00:00Z", "start_date=2024-03-01", "start_date=2024-03-01T00:00:00", "end_date=hom-qua" })
        {
            var refused = await P.Anonymous.GetAsync($"{Base}/requests.xml?{bad}", _ct);
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, bad);
            Assert.Equal("400", (await XmlAsync(refused)).Root!.Element("error")!.Element("code")!.Value);
        }

        // §GET Service Requests, service_request_id: "comma delimited. This overrides all other arguments."
        var both = await IdsAsync($"service_request_id={early},{late}&start_date=2020-01-01T00:00:00Z&end_date=2020-01-02T00:00:00Z&status=closed");
        Assert.Equal([late, early], both);
    }

    [Fact]
    public async Task The_status_filter_runs_before_the_limit_of_a_thousand()
    {
        // §GET Service Requests, status: "Allows one to search for requests which have a specific status"; "Response
        // Volume: Default query limit is a span of 90 days or first 1000 requests returned, whichever is smallest".
        var closed = await AtAsync(new DateTimeOffset(2025, 4, 1, 9, 0, 0, Vietnam));
        var office = await P.ClientForAsync(TestUsers.Office);
        var found = await FeedbackFlow.FindAsync(P, closed);
        Assert.True((await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{found.Id}/classify", new { outcome = "NotAccepted", reason = "Không thuộc phạm vi quy định hành chính" }, _ct)).IsSuccessStatusCode);

        // A thousand open requests received after it, the newest first in any list.
        await P.Feedback.QueryAsync<FeedbackDb, int>(async db =>
        {
            db.Cases.AddRange(Enumerable.Range(1, Open311Limit).Select(i => new FeedbackCase
            {
                TrackingCode = $"PAKN-2025-{900_000 + i}",
                LookupKeyHash = new string('0', 64),
                Category = "other",
                Content = "Thủ tục hành chính thử nghiệm giới hạn danh sách Open311.",
                Submitter = new Submitter { Name = "Người thử", Address = "Vạn Ninh" },
                ReceivedAt = new DateTime(2025, 4, 2, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
                ReceivedOn = new DateOnly(2025, 4, 2),
                ClassificationDueOn = new DateOnly(2025, 4, 9),
                AnswerDueOn = new DateOnly(2025, 4, 16),
            }));
            return await db.SaveChangesAsync();
        });

        const string window = "start_date=2025-03-30T00:00:00Z&end_date=2025-04-30T00:00:00Z";
        var all = await JsonAsync(await P.Anonymous.GetAsync($"{Base}/requests.json?{window}", _ct));
        Assert.Equal(Open311Limit, all.GetArrayLength());
        Assert.DoesNotContain(all.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == closed);

        var onlyClosed = await JsonAsync(await P.Anonymous.GetAsync($"{Base}/requests.json?{window}&status=closed", _ct));
        var request = onlyClosed.EnumerateArray().Single();
        Assert.Equal((closed, "closed"), (request.GetProperty("service_request_id").GetString(), request.GetProperty("status").GetString()));

        var open = await JsonAsync(await P.Anonymous.GetAsync($"{Base}/requests.json?{window}&status=open&service_code=other", _ct));
        Assert.Equal(Open311Limit, open.GetArrayLength());
        Assert.All(open.EnumerateArray(), r => Assert.Equal("open", r.GetProperty("status").GetString()));
        // "can be declared multiple times, comma delimited".
        Assert.Equal(Open311Limit, (await JsonAsync(await P.Anonymous.GetAsync($"{Base}/requests.json?{window}&status=open,closed", _ct))).GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await P.Anonymous.GetAsync($"{Base}/requests.json?status=pending", _ct)).StatusCode);
    }

    [Fact]
    public async Task The_location_comes_back_once_the_answer_is_published_and_nothing_personal_ever_does()
    {
        // §GET Service Request, Response: service_requests ⇊ request ↴ service_request_id, status, status_notes, service_name,
        // service_code, description, agency_responsible, service_notice, requested_datetime, updated_datetime,
        // expected_datetime, address, address_id, zipcode, lat, long, media_url.
        string[] fields =
        [
            "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url",
        ];
        var form = Form(change: f =>
        {
            f["lat"] = "12.6535";
            f["long"] = "109.3124";
            f["zipcode"] = "57000";
            f["attribute[consent_to_publish]"] = "true";
        });
        var id = await CreateAsync(P, form);

        var received = await RequestAsync(P, id);
        Assert.Equal(fields, received.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("open", "Đã tiếp nhận"), (received.GetProperty("status").GetString(), received.GetProperty("status_notes").GetString()));
        Assert.Equal(JsonValueKind.Null, received.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, received.GetProperty("lat").ValueKind);
        Assert.Equal(JsonValueKind.Null, received.GetProperty("address").ValueKind);
        Assert.Equal("Ban quản lý Khu kinh tế Vân Phong", received.GetProperty("agency_responsible").GetString());
        // expected_datetime: the legal due date of the answer.
        Assert.EndsWith("T17:00:00+07:00", received.GetProperty("expected_datetime").GetString());

        await FeedbackFlow.AdvanceAsync(P, await FeedbackFlow.FindAsync(P, id), "Published");

        var published = await RequestAsync(P, id);
        Assert.Equal("closed", published.GetProperty("status").GetString());
        Assert.Equal((12.6535, 109.3124), (published.GetProperty("lat").GetDouble(), published.GetProperty("long").GetDouble()));
        Assert.Equal(("Cảng Nam Vân Phong, xã Vạn Thạnh, tỉnh Khánh Hòa", "57000"), (published.GetProperty("address").GetString(), published.GetProperty("zipcode").GetString()));
        Assert.Contains("đề nghị cấp giấy phép xây dựng", published.GetProperty("description").GetString());
        Assert.Contains("Ban quản lý đã chấn chỉnh việc chậm trễ", published.GetProperty("status_notes").GetString());
        Assert.Equal(JsonValueKind.Null, published.GetProperty("media_url").ValueKind);

        var xml = (await XmlAsync(await P.Anonymous.GetAsync($"{Base}/requests/{id}.xml", _ct))).Root!;
        Assert.Equal("service_requests", xml.Name.LocalName);
        var request = xml.Elements("request").Single();
        Assert.Equal(fields, request.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("12.6535", "109.3124"), (request.Element("lat")!.Value, request.Element("long")!.Value));

        // No GET answer carries the submitter's name, phone, e-mail or address, in either format.
        var answers = new[]
        {
            await P.Anonymous.GetStringAsync($"{Base}/requests/{id}.json", _ct),
            await P.Anonymous.GetStringAsync($"{Base}/requests/{id}.xml", _ct),
            await P.Anonymous.GetStringAsync($"{Base}/requests.json?service_request_id={id}", _ct),
            await P.Anonymous.GetStringAsync($"{Base}/requests.xml", _ct),
        };
        foreach (var secret in new[] { "Trương", "Văn Minh", form["phone"], form["email"], "27 Yersin" })
        {
            Assert.All(answers, a => Assert.DoesNotContain(secret, a));
        }
    }

    [Fact]
    public async Task Unpublished_content_is_never_shown()
    {
        // Only what the Board published is public: an answered PAKN not yet published shows its status and service only,
        // and one published without the submitter's consent to publish its content shows the answer without the question or place.
        var answered = await CreateAsync(P, Form(change: f =>
        {
            f["lat"] = "12.6535";
            f["long"] = "109.3124";
            f["attribute[consent_to_publish]"] = "true";
        }));
        await FeedbackFlow.AdvanceAsync(P, await FeedbackFlow.FindAsync(P, answered), "Answered");
        var request = await RequestAsync(P, answered);
        Assert.Equal(("closed", "Đã trả lời"), (request.GetProperty("status").GetString(), request.GetProperty("status_notes").GetString()));
        foreach (var hidden in new[] { "description", "address", "lat", "long", "zipcode", "media_url" })
        {
            Assert.Equal(JsonValueKind.Null, request.GetProperty(hidden).ValueKind);
        }

        Assert.DoesNotContain("chấn chỉnh", request.GetRawText());
        Assert.DoesNotContain("giấy phép xây dựng", request.GetRawText());

        var withoutConsent = await CreateAsync(P, Form(change: f => f["attribute[consent_to_publish]"] = "false"));
        await FeedbackFlow.AdvanceAsync(P, await FeedbackFlow.FindAsync(P, withoutConsent), "Published");
        var published = await RequestAsync(P, withoutConsent);
        Assert.Contains("chấn chỉnh", published.GetProperty("status_notes").GetString());
        Assert.Equal(JsonValueKind.Null, published.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, published.GetProperty("address").ValueKind);
    }

    private const int Open311Limit = 1000;

    /// <summary>Files a request with the Board's clock at <paramref name="at"/>.</summary>
    /// <summary>A request received at <paramref name="at"/>; the clock stays there for the rest of the test (see <see cref="Dispose"/>).</summary>
    private async Task<string> AtAsync(DateTimeOffset at)
    {
        P.FeedbackClock.AdjustTime(at);
        return await CreateAsync(P, Form());
    }

    /// <summary>After each test the feedback clock is back at now: no other test sees it where this one moved it.</summary>
    public void Dispose() => P.FeedbackClock.AdjustTime(DateTimeOffset.UtcNow);

    private Task<int> CountAsync() => P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync());
}
