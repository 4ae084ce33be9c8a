package codio.classdata.api;

import com.google.gson.annotations.SerializedName;

/** The OAuth service's answer to a client-credentials request. */
record TokenResponse(@SerializedName("access_token") String accessToken, @SerializedName("expires_in") Long expiresIn) {
}
