namespace VanPhong.Web.Backend;

// The trail from a PAKN to the procedure it changed, and the public statistics, as the services answer them.





















