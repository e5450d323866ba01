namespace VanPhong.Topology;

/// <summary>
/// Names of the resources the app host declares. Services resolve connection strings and
/// service-discovery addresses by these names, so they exist once, here.
/// </summary>
public static class ResourceNames
{
    public const string Messaging = "messaging";

    public const string PlansService = "plans";
    public const string FeedbackService = "feedback";
    public const string CatalogService = "catalog";
    public const string ReportingService = "reporting";
    public const string IdentityService = "identity";
    public const string Gateway = "gateway";

    /// <summary>The web pages for citizens and staff, behind the gateway.</summary>
    public const string Web = "web";

    /// <summary>The development mail sink (SMTP), used when no mail server is configured.</summary>
    public const string MailSink = "mailsink";

    public const string PlansDb = "plansdb";
    public const string FeedbackDb = "feedbackdb";
    public const string CatalogDb = "catalogdb";
    public const string ReportingDb = "reportingdb";
    public const string IdentityDb = "identitydb";

    /// <summary>The web's key ring (data protection), shared by its replicas.</summary>
    public const string WebDb = "webdb";
}

/// <summary>URL prefixes of the HTTP surface, shared by the services, the gateway's routes and the tests.</summary>
public static class RoutePrefixes
{
    /// <summary>Staff API (authenticated from the identity issue on).</summary>
    public const string Api = "/api";

    /// <summary>Anonymous, rate-limited surface for citizens and businesses.</summary>
    public const string Public = "/public";

    public const string Plans = "/api/plans";
    public const string Feedback = "/api/feedback";
    public const string Procedures = "/api/procedures";
    public const string Reports = "/api/reports";
    public const string Identity = "/api/identity";

    /// <summary>OpenID Connect endpoints of the identity service (token, authorize, end session).</summary>
    public const string Connect = "/connect";

    /// <summary>Sign-in pages of the identity service.</summary>
    public const string Account = "/account";

    public const string WellKnown = "/.well-known";

    public const string PublicPlans = "/public/plans";

    /// <summary>Công khai kết quả đánh giá việc giải quyết TTHC (reporting).</summary>
    public const string PublicReports = "/public/reports";
    public const string PublicFeedback = "/public/feedback";
    public const string PublicProcedures = "/public/procedures";

    /// <summary>Open311 GeoReport v2 facade of the PAKN service.</summary>
    public const string PublicOpen311 = "/public/open311";
}
